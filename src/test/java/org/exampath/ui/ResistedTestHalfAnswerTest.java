package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
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

/**
 * A resisted test has two answers, the MRC grade and the pain. Neither is filled in for the clinician:
 * half an answer is held on the row with a prompt for the other half, and nothing is recorded until both
 * are chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ResistedTestHalfAnswerTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
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
}
