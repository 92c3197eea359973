package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review 44: a follow-up started from File (Ctrl+Shift+F, on the encounter shown) is the same act as the list's
 * "Start follow-up", which now puts the keyboard on the first unanswered question of the step shown; from the menu
 * the keyboard stayed where it was.
 */
@ExtendWith(ApplicationExtension.class)
class Review44FollowUpFromTheMenuFocusTest {
    @TempDir
    Path dir;
    private SizedExamWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    @Test
    void aFollowUpStartedFromTheMenuPutsTheKeyboardOnTheFirstQuestionAsFromTheList(FxRobot robot) throws Exception {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, Exam.empty());
        window.answer(robot, "nerve.slump", new FindingValue.Choice("positive"));
        WindowRobot.waitForSaveStatus(robot, "Saved");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        WindowRobot.onFx(() -> window.stage().getScene().lookup("#patient-label").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("patient-label", window.focusOwner().getId(), "sanity: the keyboard is in the patient's label");

        javafx.scene.control.MenuItem followUp = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-follow-up".equals(i.getId())).findFirst().orElseThrow();
        WindowRobot.onFx(followUp::fire); // File > Start follow-up of this encounter (Ctrl+Shift+F)
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WindowRobot.saveStatus(robot).getText().contains("Follow-up of"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no follow-up started; the status says " + WindowRobot.saveStatus(robot).getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = window.focusOwner();
        assertNotNull(focus);
        assertTrue(SizedExamWindow.inside(focus, "page-nerve") && focus.getId() != null && focus.getId().startsWith("f-nerve-")
                && focus.getId().endsWith("-unset") && !focus.getId().startsWith("f-nerve-slump-"),
                "after File > Start follow-up the nerve step is shown, but the keyboard is on " + SizedExamWindow.describe(focus)
                + ", not on its first unanswered question (the slump is carried over), as the list's Start follow-up puts it");
    }
}
