package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A resisted test's MRC grade waits on its row for the pain answer and is stored nowhere until both are chosen.
 * Leaving the exam, or quitting, with one half chosen asks first, as the window's other leave checks do; staying
 * (the default) keeps the half on its row, and going on drops it knowingly. (Review 34, §4.)
 */
@ExtendWith(ApplicationExtension.class)
class HalfResistedTestLeaveCheckTest {
    @TempDir
    static Path dir;
    private ExamWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(folder.resolve("half.db"))));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void leavingWithAGradeChosenAndItsPainNotYetAsksFirst(FxRobot robot) throws Exception {
        WindowRobot form = chooseAGradeOnly(robot);
        Label half = (Label) form.node("f-strength-hip_external_rotation-half");

        fireMenu(robot, "menu-new");
        boolean asked;
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            asked = true;
        } catch (TimeoutException e) {
            asked = false;
        }
        WaitForAsyncUtils.waitForFxEvents();
        boolean replaced = window.model().session().exam().findings().isEmpty() && !half.isVisible();
        assertEquals("asked before leaving", asked ? "asked before leaving" : "left without a word",
                "File > New exam dropped the MRC grade 3 chosen for hip external rotation (waiting for its pain answer) "
                        + (replaced ? "and showed a new exam" : "") + "; nothing asked, nothing stored");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#keep-half-test"));
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("A resisted test is half entered", question.getHeaderText());
        assertTrue(question.getContentText().contains("MRC 3 chosen, pain not chosen")
                && question.getContentText().contains("if you leave this exam now"), question.getContentText());

        robot.clickOn("#keep-half-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Weak patient", window.model().session().patientLabelProperty().get(), "staying keeps the exam");
        assertTrue(half.isVisible(), "and the grade still waits on its row for the pain answer");

        fireMenu(robot, "menu-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#lose-half-test"));
        robot.clickOn("#lose-half-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().halfEntered().isEmpty());
        assertFalse(half.isVisible(), "going on shows a new exam, nothing half chosen on it");
    }

    @Test
    void quittingWithAGradeChosenAndItsPainNotYetAsksAndTheDefaultKeepsTheWindow(FxRobot robot) throws Exception {
        chooseAGradeOnly(robot);
        fireMenu(robot, "menu-quit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#keep-half-test"));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("if you quit now"));
        robot.clickOn("#keep-half-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the default keeps the window, and the half chosen, open");
        assertEquals(1, window.model().halfEntered().size());
    }

    @Test
    void bothHalvesChosenLeaveNothingToAskAbout(FxRobot robot) throws Exception {
        WindowRobot form = chooseAGradeOnly(robot);
        form.click("f-strength-hip_external_rotation-pain-familiar");
        assertTrue(window.model().halfEntered().isEmpty(), "recorded whole: nothing is half entered");

        fireMenu(robot, "menu-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().session().exam().findings().isEmpty());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "leaving asked nothing");
    }

    /**
     * A window once closed asks nothing more when its stage is closed again: the stage may carry another window next
     * (as the test runner's shared stage does), and a question left open by the old one would block it.
     */
    @Test
    void aClosedWindowNoLongerAsksWhenItsStageCloses(FxRobot robot) throws Exception {
        chooseAGradeOnly(robot);
        WindowRobot.onFx(window::close);
        Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "the closed window asked about its half-entered test");
    }

    /** MRC 3 chosen for hip external rotation, its pain answer not yet. */
    private WindowRobot chooseAGradeOnly(FxRobot robot) {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Weak patient");
        form.go(Step.STRENGTH);
        form.click("f-strength-hip_external_rotation-grade-3");
        assertTrue(form.node("f-strength-hip_external_rotation-half").isVisible(), "sanity: the row says the grade waits for its pain answer");
        return form;
    }

    /** The question runs its own event loop, so the menu item is fired outside the robot's wait. */
    private static void fireMenu(FxRobot robot, String id) {
        Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
    }
}
