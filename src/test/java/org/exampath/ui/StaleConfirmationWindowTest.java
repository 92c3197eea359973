package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
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
 * Through the exam window on a SQLite file another clinician's window writes too: a carried-over finding re-affirmed
 * after a colleague changed it in the follow-up is not confirmed in this clinician's name. As after any save's
 * conflict (and as the clinic store's window does), the form shows the colleague's value, the panel under the steps
 * names both values and who set theirs; opened again, the finding is
 * the colleague's, with no "from last visit" mark.
 */
@ExtendWith(ApplicationExtension.class)
class StaleConfirmationWindowTest {
    private static final String ACHE = "history.quality.deep_ache";

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void aFindingAColleagueChangedIsShownAsTheirsNotConfirmedInMyName(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-stale");
        window.click("f-history-quality-deep_ache-yes");
        window.click("f-history-quality-burning-no");
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        run(robot, () -> autosave.followUp(first));
        window.click("f-history-quality-burning-yes"); // changed today: the follow-up is made
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null
                && !Long.valueOf(first).equals(autosave.encounterIdProperty().get()));
        long followUp = autosave.encounterIdProperty().get();
        Label ache = robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class);
        assertTrue(ache.isVisible(), "carried over, not examined yet");

        EncounterStore ben = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER); // another window on the same file
        ben.save(followUp, null, ben.load(followUp).orElseThrow().exam().with(ACHE, FindingValue.Flag.NO), "ben");

        window.click("f-history-quality-deep_ache-yes"); // anna re-affirms what her window shows
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FindingValue.Flag.NO.equals(session.exam().value(ACHE)));
        // the panel's row is built on a later pulse than the form's value: wait for it, looked up on the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#conflict-history-quality-deep_ache-set-by").tryQuery().isPresent()).get());

        assertEquals("ben", robot.lookup("#conflict-history-quality-deep_ache-set-by").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#conflict-panel").query().isVisible(), "the panel under the steps names the finding");
        assertEquals("no", robot.lookup("#conflict-history-quality-deep_ache-theirs").queryAs(Label.class).getText());
        assertEquals("yes", robot.lookup("#conflict-history-quality-deep_ache-yours").queryAs(Label.class).getText());
        assertFalse(ache.isVisible(), "ben's value, entered today, is not from the last visit");
        autosave.flush();
        assertEquals(List.of("history.quality.deep_ache Flag[value=true] -> Flag[value=false] by ben"),
                autosave.store().audit(followUp).stream().filter(a -> a.finding().equals(ACHE))
                        .map(a -> a.finding() + " " + a.oldValue() + " -> " + a.newValue() + " by " + a.clinician()).toList(),
                "nothing in anna's name for a value she never saw, and her window's value did not go over ben's");

        run(robot, () -> autosave.load(first));
        run(robot, () -> autosave.load(followUp));
        assertEquals(FindingValue.Flag.NO, session.exam().value(ACHE));
        assertFalse(robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class).isVisible(),
                "opened again: ben's value, not marked as the last visit's");
    }

    /** Runs an autosave step on the JavaFX thread and waits for it and the window to settle. */
    private static void run(FxRobot robot, Supplier<CompletableFuture<?>> step) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
