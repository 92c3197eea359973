package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The duration field, the one number field with a days/weeks/months switch, follows the exam as the other number
 * fields do: a value the window puts into the exam by itself (a colleague's kept after a refused save) replaces what
 * the field shows, in weeks, while a number the clinician typed in days or months stays as typed. (Review 34, §2.)
 */
@ExtendWith(ApplicationExtension.class)
class DurationFieldFollowsTheExamTest {
    private static final String DURATION = "history.duration_weeks";
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(annasApp, Clock.systemUTC(), TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        bensApp.close();
        annasApp.close();
    }

    @Test
    void theDurationFieldShowsTheValueTheExamHoldsAfterARefusedSave(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Duration patient");
        form.type("f-history-duration_weeks", "6");
        autosave.flush();
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new FindingValue.Count(6).equals(stored(id)));

        // Ben, on the same file, corrects the duration to 10 weeks
        ExamSession his = new ExamSession(TestKnowledge.ENGINE);
        Autosave bens = new Autosave(his, new EncounterStore(bensApp, Clock.systemUTC(), TestKnowledge.SUMMARISER), "ben", Clock.systemUTC());
        try {
            java.util.concurrent.CompletableFuture<?>[] loaded = new java.util.concurrent.CompletableFuture<?>[1];
            WindowRobot.onFx(() -> loaded[0] = bens.load(id));
            loaded[0].get(20, TimeUnit.SECONDS);
            WindowRobot.onFx(() -> his.set(DURATION, new FindingValue.Count(10)));
            bens.flush();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new FindingValue.Count(10).equals(stored(id)));
        } finally {
            bens.shutdown();
        }

        // Anna, not having seen it, types 8: her save is refused and the window puts Ben's 10 into her exam
        TextField field = (TextField) form.node("f-history-duration_weeks");
        form.click("f-history-duration_weeks");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write("8"); // typed over the selected 6: one change, 6 to 8, never an empty field
        WaitForAsyncUtils.waitForFxEvents();
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-panel").tryQuery().map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        FindingValue inExam = session.exam().value(DURATION);
        String[] shown = new String[1];
        WindowRobot.onFx(() -> shown[0] = field.getText());
        assertEquals(new FindingValue.Count(10), inExam, "sanity: the window took Ben's value into the exam after the refused save");
        assertEquals(inExam.display(), shown[0], "the duration field still shows Anna's refused " + shown[0]
                + " weeks while the exam (and so the store and the note) holds Ben's " + inExam.display()
                + "; every other number field follows the exam");
    }

    @Test
    void aNumberTypedInMonthsStaysAsTypedUntilTheExamChangesFromElsewhere(FxRobot robot) {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.click("f-history-duration_weeks-unit-months");
        form.type("f-history-duration_weeks", "3");
        TextField field = (TextField) form.node("f-history-duration_weeks");
        ToggleButton months = (ToggleButton) form.node("f-history-duration_weeks-unit-months");
        assertEquals(new FindingValue.Count(13), session.exam().value(DURATION), "sanity: 3 months is stored as 13 weeks");
        assertEquals("3", field.getText(), "the clinician's 3 months stays as typed");
        assertTrue(months.isSelected());
        form.type("f-history-duration_weeks", "6"); // the field emptied on the way: its own change, so the unit stays
        assertTrue(months.isSelected(), "emptying the field to type again keeps the unit the clinician chose");
        assertEquals(new FindingValue.Count(26), session.exam().value(DURATION), "6 months is 26 weeks");

        WindowRobot.onFx(() -> session.set(DURATION, new FindingValue.Count(20)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("20", field.getText(), "a value from elsewhere is shown, in weeks");
        assertTrue(((ToggleButton) form.node("f-history-duration_weeks-unit-weeks")).isSelected(), "the unit goes back to weeks");
        assertEquals(new FindingValue.Count(20), session.exam().value(DURATION), "showing it changed nothing in the exam");

        WindowRobot.onFx(() -> session.set(DURATION, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getText(), "taken back elsewhere: the field empties");
    }

    private FindingValue stored(long id) {
        return new EncounterStore(bensApp, Clock.systemUTC(), TestKnowledge.SUMMARISER).load(id).orElseThrow().exam().value(DURATION);
    }
}
