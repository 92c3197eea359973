package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Review 34: "Chart complete" records every unmarked region as pain-free; taking the tick back should undo only that.
 * It takes back every pain-free region, including one the clinician had asked about and answered before ticking, which
 * goes back to not asked: an answer entered is lost by an untick meant to undo a tick.
 */
@ExtendWith(ApplicationExtension.class)
class Review34ChartCompleteUntickKeepsAskedNoTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        // the groin asked and answered pain-free at the last visit or in the exam file opened; every other region not asked
        session.replace(Exam.empty().withSide(Side.RIGHT).with("history.region.groin", FindingValue.Flag.NO));
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void untickingChartCompleteKeepsARegionAnsweredPainFreeBeforeTheTick(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("chart-deep_mid_buttock-right");
        window.click("chart-complete");
        assertTrue(robot.lookup("#chart-complete").queryAs(CheckBox.class).isSelected(), "sanity: the chart is complete");
        assertEquals(FindingValue.Flag.NO, session.exam().value("history.region.low_back"), "sanity: unmarked regions are pain-free");

        window.click("chart-complete"); // a tick taken back
        assertEquals(null, session.exam().value("history.region.low_back"), "sanity: the tick's own answers are taken back");
        assertEquals(FindingValue.Flag.NO, session.exam().value("history.region.groin"),
                "the groin, answered pain-free in the exam as opened, went back to not asked when the tick was taken back");
    }
}
