package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Through the window on a SQLite file: an action typed in a red flag's "Action taken" field but not recorded
 * belongs to the exam shown. Leaving that exam (File > New exam) or quitting asks first, as the window's other
 * leave checks do; staying (the default) keeps the exam and what was typed; going on drops it, never carrying it
 * to another patient. Once the action is recorded, nothing is asked.
 */
@ExtendWith(ApplicationExtension.class)
class ActionDraftLeaveCheckTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(folder.resolve("drafts.db"))));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void leavingWithAnActionTypedButNotRecordedAsksAndStayingKeepsIt(FxRobot robot) throws Exception {
        WindowRobot form = typeAnActionWithoutRecordingIt(robot);

        fireMenu(robot, "menu-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#keep-action-draft"));
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("A red-flag action is typed but not recorded", asked.getHeaderText());
        assertTrue(asked.getContentText().contains("Possible malignancy") && asked.getContentText().contains("if you leave this exam now"),
                asked.getContentText());
        robot.clickOn("#keep-action-draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FindingValue.Flag.YES, window.model().session().exam().value("redflag.cancer_history"), "the exam was not replaced");
        assertEquals("GP review booked", actionField(robot).getText(), "and what was typed is still in its field");

        fireMenu(robot, "menu-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#lose-action-draft"));
        robot.clickOn("#lose-action-draft");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().session().exam().findings().isEmpty());
        assertNull(window.model().session().exam().value("redflag.cancer_history"), "going on shows a new exam");

        // the same flag on the next patient starts with an empty field: the draft was not carried over
        form.click("f-redflag-cancer_history-yes");
        assertEquals("", actionField(robot).getText());
        assertTrue(window.model().unrecordedActions().isEmpty());
    }

    @Test
    void quittingWithAnActionTypedButNotRecordedAsksAndTheDefaultKeepsTheWindow(FxRobot robot) throws Exception {
        typeAnActionWithoutRecordingIt(robot);

        fireMenu(robot, "menu-quit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#keep-action-draft"));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("if you quit now"));
        robot.clickOn("#keep-action-draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the default keeps the window, and what was typed, open");
        assertEquals("GP review booked", actionField(robot).getText());
    }

    @Test
    void anActionRecordedWithEnterLeavesNothingToAskAbout(FxRobot robot) throws Exception {
        typeAnActionWithoutRecordingIt(robot);
        robot.clickOn("#ack-malignancy-text");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".flag-action").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().endsWith(": GP review booked")));
        assertTrue(window.model().unrecordedActions().isEmpty(), "recorded: no draft is left");

        fireMenu(robot, "menu-new");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().session().exam().findings().isEmpty());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "leaving asked nothing");
    }

    /** A malignancy flag raised, an action typed in its field, and neither Record nor Enter pressed. */
    private WindowRobot typeAnActionWithoutRecordingIt(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Draft patient");
        form.click("f-redflag-cancer_history-yes");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        form.type("ack-malignancy-text", "GP review booked");
        assertEquals(1, window.model().unrecordedActions().size(), "one flag has an action typed and not recorded");
        assertFalse(robot.lookup(".flag-action").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().endsWith(": GP review booked")), "nothing is recorded yet");
        return form;
    }

    private static TextField actionField(FxRobot robot) {
        return robot.lookup("#ack-malignancy-text").queryAs(TextField.class);
    }

    /** The question runs its own event loop, so the menu item is fired outside the robot's wait. */
    private static void fireMenu(FxRobot robot, String id) {
        Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
    }
}
