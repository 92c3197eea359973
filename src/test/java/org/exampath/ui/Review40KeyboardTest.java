package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review 40: the exam window driven by the keyboard alone, as a clinician typing while the patient talks, at 1024x700.
 */
@ExtendWith(ApplicationExtension.class)
class Review40KeyboardTest {
    @TempDir
    Path dir;
    private SizedExamWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    private SizedExamWindow open(FxRobot robot) throws Exception {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, Exam.empty());
        // the form's sections are built one a frame after the first
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#f-history-quality-deep_ache-unset") != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private void focus(String id) {
        WindowRobot.onFx(() -> window.stage().getScene().lookup("#" + id).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * README: "Tab moves between questions; the arrow keys choose the answer within one." What the README says of the
     * arrow keys and what they do must agree (either the arrows choose, or the README says Space or Enter chooses).
     */
    @Test
    void theArrowKeysDoWhatTheReadmeSays(FxRobot robot) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        boolean readmeSaysArrowsChoose = readme.contains("the arrow keys choose the answer");
        open(robot);
        focus("f-history-quality-deep_ache-unset");
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        boolean arrowsChose = window.exam(robot).value("history.quality.deep_ache") != null;
        org.junit.jupiter.api.Assertions.assertEquals(readmeSaysArrowsChoose, arrowsChose,
                "README says 'the arrow keys choose the answer within one'; following it (Right, then Tab) on 'Deep ache' "
                + "recorded nothing: the arrow only moved the focus ring to 'no', and the question stays unasked");
    }

    /** File → New exam (Ctrl+N) leaves the focus on the new exam's first question. */
    @Test
    void aNewExamByKeyPutsTheFocusOnItsFirstQuestion(FxRobot robot) throws Exception {
        open(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        Node before = window.focusOwner();
        assertTrue(SizedExamWindow.inside(before, "page-nerve"),
                "sanity: Ctrl+4 put the focus on a nerve-bias question, not " + SizedExamWindow.describe(before));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = window.focusOwner();
        assertTrue(SizedExamWindow.inside(focus, "page-history"),
                "after Ctrl+N the new exam shows History mapping, but the keyboard focus is on " + SizedExamWindow.describe(focus));
    }

    /** Tab leaves the assessment for the plan, as it leaves every other field; it never writes a tab into the record. */
    @Test
    void tabMovesFromTheAssessmentToThePlan(FxRobot robot) throws Exception {
        open(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#record-assessment") != null);
        focus("record-assessment");
        robot.write("L5 radicular");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = window.focusOwner();
        String typed = ((javafx.scene.control.TextArea) window.stage().getScene().lookup("#record-assessment")).getText();
        assertTrue(focus != null && "record-plan".equals(focus.getId()) && !typed.contains("\t"),
                "Tab in the assessment left the focus on " + SizedExamWindow.describe(focus) + " and the assessment reads '"
                + typed.replace("\t", "<TAB>") + "': the keyboard is held in the field and the stored assessment gets a tab character");
    }
}
