package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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

/** Review findings 5, 6, 9, 10, 11 and 14 (src/site/markdown/REVIEW-ui.md), clicked through the exam window at 1024x700. */
@ExtendWith(ApplicationExtension.class)
class ExamWindowReviewUiTest {
    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        model = new ExamViewModel(session, autosave);
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    private static List<String> visibleLabels(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().filter(Node::isVisible).filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
    }

    /**
     * Finding 5: a typo in the age ("4O", letter O) only turns the field's border red; the rule ("Age is a whole
     * number from 12 to 110") is in a tooltip that needs the mouse, and the age the engine had is dropped.
     * The house rule is a clear one-line message naming what is wrong.
     */
    @Test
    void aMistypedAgeIsNamedOnScreenNotOnlyInATooltip(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-age", "4O");
        robot.push(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        TextField age = (TextField) window.node("patient-age");
        assertTrue(age.getStyleClass().contains("invalid"), "the field is marked");
        List<String> naming = visibleLabels(robot).stream().filter(t -> t.startsWith("Age") && !t.equals("Age")).toList();
        assertTrue(!naming.isEmpty() || visibleLabels(robot).stream().anyMatch(t -> t.contains("12 to 110")),
                "no visible line says what is wrong with the age (the rule is only in the field's tooltip)");
    }

    /** Finding 6: after File → New exam the status bar reads "New exam.  New exam." (two labels, same words). */
    @Test
    void aNewExamIsAnnouncedOnceOnTheStatusLine(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-quality-deep_ache-yes");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        long times = visibleLabels(robot).stream().filter("New exam."::equals).count();
        assertEquals(1, times, "the status line repeats itself: " + visibleLabels(robot).stream().filter(t -> t.startsWith("New exam")).toList());
    }

    /** Finding 5: the age already in the exam stays while a typo is in the field, and the line says so. */
    @Test
    void aMistypedAgeKeepsTheAgeAlreadyInTheExam(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-age", "45");
        robot.push(javafx.scene.input.KeyCode.TAB);
        assertEquals(45, session.exam().patient().age());
        // retyped over the selected age, as a clinician corrects it
        window.click("patient-age");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write("4O");
        robot.push(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(45, session.exam().patient().age(), "the typo does not clear the age the estimates use");
        Label problem = robot.lookup("#age-problem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("4O") && problem.getText().contains("keeps 45"), problem.getText());
        window.type("patient-age", "52");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(52, session.exam().patient().age());
        assertFalse(problem.isVisible(), "a valid age clears the line");
    }

    /** Finding 9: going to a step puts the focus on an unasked question's "–", never on its "no". */
    @Test
    void theFocusNeverSitsOnAnAnswerNobodyGave(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.lookup("#exam-view").query().getScene().getFocusOwner();
        assertTrue(focused instanceof javafx.scene.control.ToggleButton, "focus on an answer button: " + focused);
        javafx.scene.control.ToggleButton b = (javafx.scene.control.ToggleButton) focused;
        assertTrue(b.getStyleClass().contains("unset") && b.isSelected(),
                "the focus sits on the question's own state ('–', not asked), not on an answer: " + b.getId());
    }

    /** Finding 11: before the red-flag screen is asked, imaging is not called "not indicated". */
    @Test
    void imagingIsNotJudgedBeforeTheRedFlagScreenIsAsked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = visibleLabels(robot);
        assertTrue(shown.stream().noneMatch(t -> t.startsWith("Imaging: not indicated")), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.startsWith("Imaging: not judged until the red-flag screen is complete")), shown.toString());
    }

    /** Finding 14: a menu shortcut reads as a person would write it, and still works. */
    @Test
    void menuShortcutsReadNormallyAndStillWork(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem next = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-next".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Ctrl+Page Down", next.getAccelerator().getDisplayText());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.exampath.ui.exam.Step.values()[1], model.stepProperty().get(), "Ctrl+Page Down still goes to the next step");
    }

    /** Finding 14: the duration's label names the unit the number is typed in. */
    @Test
    void theDurationLabelFollowsItsUnit(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-duration_weeks-unit-days");
        Label label = (Label) window.node("f-history-duration_weeks-row").lookup(".finding-label");
        assertEquals("Duration (days)", label.getText());
        window.click("f-history-duration_weeks-unit-months");
        assertEquals("Duration (months)", label.getText());
    }

    /**
     * Finding 14: Settings opens on the Clinician field, so a stray Enter does not close it unchanged; the field's
     * example still shows while it holds the focus (the default theme hides a prompt on focus).
     */
    @Test
    void settingsOpenOnTheClinicianField(FxRobot robot) throws Exception {
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#settings-clinician").tryQuery().map(Node::isFocused).orElse(false));
        TextField clinician = robot.lookup("#settings-clinician").queryAs(TextField.class);
        assertEquals("", clinician.getText(), "no name is set yet");
        List<javafx.scene.text.Text> example = clinician.lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && clinician.getPromptText().equals(t.getText()))
                .map(n -> (javafx.scene.text.Text) n).toList();
        assertEquals(1, example.size(), "the example is drawn in the field: " + clinician.getPromptText());
        assertTrue(example.get(0).isVisible(), "the example shows while the field is focused");
        assertTrue(example.get(0).getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0,
                "the example is drawn in a colour that shows: " + example.get(0).getFill());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Finding 10: a follow-up marks each finding carried over from the last visit until it is examined again
     * (chosen again, or changed); nothing looks found today that was not.
     */
    @Test
    void aFollowUpMarksWhatWasCarriedOverUntilItIsExaminedAgain(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-quality-deep_ache-yes");
        window.click("f-history-quality-burning-no");
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        java.util.concurrent.CompletableFuture<?>[] started = new java.util.concurrent.CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = autosave.followUp(autosave.encounterIdProperty().get()));
        started[0].get(20, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label ache = robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class);
        Label burning = robot.lookup("#f-history-quality-burning-carried").queryAs(Label.class);
        assertNotNull(ache);
        assertTrue(ache.isVisible() && ache.getText().startsWith("from last visit"), "carried over: " + ache.getText());
        assertTrue(burning.isVisible(), "an answer 'no' carried over is marked too");
        assertFalse(robot.lookup("#f-history-quality-tingling-carried").queryAs(Label.class).isVisible(),
                "a question not answered last time is not marked");
        window.click("f-history-quality-deep_ache-yes"); // asked again today: same answer
        assertTrue(session.exam().value("history.quality.deep_ache") != null, "the answer stays");
        assertFalse(ache.isVisible(), "re-examined today: no longer marked as carried over");
        window.click("f-history-quality-burning-yes"); // changed today
        assertFalse(burning.isVisible(), "changed today: no longer marked");
    }

    /**
     * The mark names the date of the visit the value came from; a finding examined again today (the same answer
     * chosen again, or another answer) loses it, and it stays gone once the follow-up is saved and opened again
     * from the SQLite file. A finding not examined again keeps it.
     */
    @Test
    void theCarriedOverMarkIsDatedAndStaysGoneOnceExaminedAfterReopening(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-quality-deep_ache-yes");
        window.click("f-history-quality-burning-no");
        window.click("f-history-quality-numbness-no");
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        String date = autosave.store().load(first).orElseThrow().date();
        run(robot, () -> autosave.followUp(first));
        Label ache = robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class);
        assertEquals("from last visit " + date, ache.getText(), "the mark names the last visit's date");
        assertTrue(ache.isVisible());

        window.click("f-history-quality-deep_ache-yes"); // examined again today: the same answer
        window.click("f-history-quality-burning-yes"); // examined again today: changed
        assertFalse(ache.isVisible(), "confirmed today: no longer marked");
        autosave.flush();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !Long.valueOf(first).equals(autosave.encounterIdProperty().get())
                && autosave.encounterIdProperty().get() != null);
        long second = autosave.encounterIdProperty().get();
        autosave.flush();

        run(robot, () -> autosave.load(first));
        run(robot, () -> autosave.load(second)); // the follow-up opened again, as read from the file
        assertEquals(org.exampath.domain.FindingValue.Flag.YES, session.exam().value("history.quality.deep_ache"));
        assertEquals(org.exampath.domain.FindingValue.Flag.YES, session.exam().value("history.quality.burning"));
        assertFalse(robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class).isVisible(),
                "confirmed at the follow-up: the mark stays gone after it is opened again");
        assertFalse(robot.lookup("#f-history-quality-burning-carried").queryAs(Label.class).isVisible(),
                "changed at the follow-up: the mark stays gone after it is opened again");
        Label numbness = robot.lookup("#f-history-quality-numbness-carried").queryAs(Label.class);
        assertTrue(numbness.isVisible(), "not examined again: still marked after it is opened again");
        assertEquals("from last visit " + date, numbness.getText(), "dated after it is opened again too");
    }

    /** Runs an autosave step on the JavaFX thread and waits for it and the window to settle. */
    private static void run(FxRobot robot, java.util.function.Supplier<java.util.concurrent.CompletableFuture<?>> step) throws Exception {
        java.util.concurrent.CompletableFuture<?>[] started = new java.util.concurrent.CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
