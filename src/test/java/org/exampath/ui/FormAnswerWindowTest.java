package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the form takes answers, clicked through the window. Choosing the answer already chosen (a double-click,
 * a second Enter) keeps it: "–" is the one way to clear, so a red-flag yes and its banner never vanish on a
 * double-click. A resisted test's two answers (MRC grade and pain) are never filled in for the clinician: half
 * an answer waits on the row with a prompt. "Chart complete" is ticked only when every region has an answer,
 * and a region ticked and unticked on an unfinished chart goes back to not asked.
 */
@ExtendWith(ApplicationExtension.class)
class FormAnswerWindowTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    @Test
    void chartCompleteIsNotShownTickedWhileUnmarkedRegionsAreUnasked(FxRobot robot) {
        // lateral hip yes, below the knee no; the eight other regions not asked
        robot.interact(() -> session.replace(Exams.of().yes("history.region.lateral_hip").no("history.region.below_knee").exam()));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox complete = robot.lookup("#chart-complete").queryAs(CheckBox.class);
        assertFalse(complete.isSelected(), "eight regions were never asked, yet the form says unmarked regions are pain-free");
    }

    @Test
    void aRegionTickedAndUntickedGoesBackToNotAskedOnAnIncompleteChart(FxRobot robot) {
        robot.interact(() -> session.replace(Exams.of().yes("history.region.lateral_hip").no("history.region.below_knee").exam()));
        WaitForAsyncUtils.waitForFxEvents();
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-region-groin");
        window.click("f-history-region-groin");
        org.junit.jupiter.api.Assertions.assertNull(session.exam().value("history.region.groin"),
                "a slip of the mouse on Groin leaves it not asked, not a recorded \"no\" the clinician never gave");
    }

    @Test
    void aGradeAloneIsNeverRecordedAsPainless(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        window.click("f-strength-hip_abduction-grade-4");
        assertNotEquals(new FindingValue.Strength(4, "none"), session.exam().value("strength.hip_abduction"),
                "the pain was never asked, yet the exam holds \"no pain\" on resisted abduction");
    }

    @Test
    void bothHalvesRecordTheTestAndTheRowAsksForTheMissingHalfMeanwhile(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        window.click("f-strength-hip_abduction-grade-4");
        javafx.scene.control.Label half = robot.lookup("#f-strength-hip_abduction-half").queryAs(javafx.scene.control.Label.class);
        assertEquals(null, session.exam().value("strength.hip_abduction"), "nothing recorded on the grade alone");
        org.junit.jupiter.api.Assertions.assertTrue(half.isVisible());
        assertEquals("Choose the pain too: nothing is recorded until both are chosen.", half.getText());
        window.click("f-strength-hip_abduction-pain-familiar");
        assertEquals(new FindingValue.Strength(4, "familiar"), session.exam().value("strength.hip_abduction"));
        org.junit.jupiter.api.Assertions.assertFalse(half.isVisible(), "answered, the prompt goes");
        window.click("f-strength-hip_abduction-grade-5");
        assertEquals(new FindingValue.Strength(5, "familiar"), session.exam().value("strength.hip_abduction"),
                "a recorded test takes a new grade with its pain kept");
        window.click("f-strength-hip_abduction-pain-unset");
        assertEquals(null, session.exam().value("strength.hip_abduction"), "clearing either half takes it back to not tested");
    }

    @Test
    void aPainAnswerAloneIsNeverRecordedAsFullStrength(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        window.click("f-strength-hip_abduction-pain-familiar");
        assertNotEquals(new FindingValue.Strength(5, "familiar"), session.exam().value("strength.hip_abduction"),
                "no grade was chosen, yet the exam holds MRC 5/5");
    }

    @Test
    void aSecondClickOnTheChosenYesKeepsTheRedFlagAnswer(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "the emergency is raised");
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertEquals(FindingValue.Flag.YES, session.exam().value("redflag.saddle_anaesthesia"),
                "clicking yes again (a double-click) leaves the answer yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "and the emergency banner stays");
    }

    @Test
    void enterOnTheChosenAnswerKeepsIt(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        Node yes = robot.lookup("#f-redflag-cancer_history-yes").query();
        assertTrue(yes.isFocused(), "the chosen answer has the focus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FindingValue.Flag.YES, session.exam().value("redflag.cancer_history"),
                "Enter on the chosen answer chooses it (the keyboard rule), it does not clear it");
    }

    @Test
    void aSecondClickOnTheChosenSideKeepsTheSide(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("side-right");
        window.click("side-right");
        assertEquals(Side.RIGHT, session.exam().side(), "clicking right again leaves the side right");
    }
}
