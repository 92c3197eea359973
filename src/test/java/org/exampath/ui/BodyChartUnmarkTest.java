package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * The body chart and its keyboard checklist follow one rule for a region taken back: pain-free only when
 * every region has an answer; otherwise the region goes back to not asked (one "no" elsewhere is not a
 * finished chart, and a region never asked is never recorded pain-free).
 */
@ExtendWith(ApplicationExtension.class)
class BodyChartUnmarkTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        // one region asked and pain-free (an opened file, or a follow-up); every other region never asked
        session.replace(Exam.empty().withSide(Side.RIGHT).with("history.region.groin", FindingValue.Flag.NO));
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    @Test
    void unmarkingARegionClickedByMistakeLeavesItNotAsked(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        assertFalse(robot.lookup("#chart-complete").queryAs(CheckBox.class).isSelected(), "the checklist: the chart is not complete");
        window.click("chart-lateral_hip-right");
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.region.lateral_hip"));
        window.click("chart-lateral_hip-right");
        assertNull(session.exam().value("history.region.lateral_hip"),
                "a click taken back on the chart records the lateral hip as pain-free though it was never asked");
    }

    @Test
    void theChecklistTakesTheSameRegionBackToNotAsked(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-region-lateral_hip");
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.region.lateral_hip"));
        window.click("f-history-region-lateral_hip");
        assertNull(session.exam().value("history.region.lateral_hip"), "control: the checklist leaves it not asked");
    }
}
