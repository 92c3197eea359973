package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Chart complete: unmarked regions are pain-free" is ticked only when every region has an answer: one
 * region recorded "no" among regions never asked is not a finished chart, and a region ticked and
 * unticked on an unfinished chart goes back to not asked.
 */
@ExtendWith(ApplicationExtension.class)
class ChartCompleteTest {
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
}
