package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
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
 * "Chart complete" records every unmarked region as pain-free; taking the tick back undoes only that. A region
 * answered pain-free before the tick (in the exam file opened, at the last visit, or one by one) keeps its answer,
 * and an exam that arrived with every region answered loses nothing to an untick. (Review 34, §5.)
 */
@ExtendWith(ApplicationExtension.class)
class ChartCompleteUntickUndoesOnlyItsOwnAnswersTest {
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

    @Test
    void untickingAChartThatArrivedCompleteTakesNothingBack(FxRobot robot) {
        Exam whole = Exam.empty().withSide(Side.RIGHT);
        for (FindingDefinition region : regions()) {
            whole = whole.with(region.id(), region.id().equals("history.region.groin") ? FindingValue.Flag.YES : FindingValue.Flag.NO);
        }
        Exam opened = whole;
        WindowRobot.onFx(() -> session.replace(opened));
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        CheckBox complete = robot.lookup("#chart-complete").queryAs(CheckBox.class);
        assertTrue(complete.isSelected(), "sanity: every region answered, so the chart shows complete");

        window.click("chart-complete");
        assertEquals(opened.findings(), session.exam().findings(), "no answer the exam arrived with was taken back");
        assertTrue(complete.isSelected(), "every region is still answered, so the chart stays complete");
    }

    /** The body chart's regions, as the form lists them. */
    private java.util.List<FindingDefinition> regions() {
        return session.knowledge().findingsOfStep("history").stream().filter(d -> d.group().equals("region")).toList();
    }
}
