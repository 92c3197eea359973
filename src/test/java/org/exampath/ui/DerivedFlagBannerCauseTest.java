package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The banner of a follow-up where the L5 myotome is newly weak and the patient answers no to "weakness that is getting
 * worse": the derived progressive deficit flag names what grew worse and was raised by that change, never by the
 * clinician's "no" (review 30, finding 5, the panel's side). Read from the banner's own label, unfolded with "more".
 */
@ExtendWith(ApplicationExtension.class)
class DerivedFlagBannerCauseTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        // the test opens its own window
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    @Test
    void theBannerNeverSaysADerivedFlagWasRaisedByAnAnswerOfNo(FxRobot robot) {
        Exam previous = Exam.empty().with("history.region.deep_mid_buttock", FindingValue.Flag.YES)
                .with("neuro.myotome.L5", new FindingValue.Choice("normal"));
        Exam now = previous.with("neuro.myotome.L5", new FindingValue.Choice("weak"))
                .with("redflag.progressive_weakness", FindingValue.Flag.NO);
        robot.interact(() -> {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            stage = new Stage();
            stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
            stage.setWidth(1366);
            stage.setHeight(800);
            stage.show();
            session.previousProperty().set(previous);
            session.replace(now);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#flag-more-progressive_neuro_deficit").tryQuery().isPresent()) {
            WindowRobot.click(robot, robot.lookup("#flag-more-progressive_neuro_deficit").query());
        }
        String cause = robot.lookup("#flag-box-progressive_neuro_deficit .red-flag-why").queryAs(Label.class).getText();
        assertTrue(cause.contains("Myotome L5 (big-toe extension): weak") && cause.contains("Raised by:"), cause);
        String raisedBy = cause.substring(cause.indexOf("Raised by:"));
        assertFalse(raisedBy.contains("getting worse: no"), cause);
        assertFalse(raisedBy.contains("getting worse: yes"), "the inferred answer is not shown as entered: " + cause);
    }
}
