package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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
 * The palpation step at the smallest window, 1024x700: the site chart keeps its minimum width (0.7 of the map, so its
 * dots stay about 10 px across) instead of being squeezed to 220 px, and no answer overlaps it; narrower than that,
 * the chart moves above the questions, unsquashed, and the page does not scroll sideways.
 */
@ExtendWith(ApplicationExtension.class)
class PalpationChartAt1024Test {
    /** The chart's minimum width: 0.7 of the 440-unit map (BodyChart.SITES_MIN_WIDTH). */
    private static final double MIN = 308;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(new ExamSession(TestKnowledge.ENGINE)), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void theSiteChartKeepsItsWidthAndNoAnswerOverlapsIt(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.PALPATION);
        Node chart = window.node("site-chart");
        ScrollPane page = (ScrollPane) window.node("page-palpation");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> overlapping = new ArrayList<>();
        double[] width = new double[1];
        int[] counted = new int[1];
        WindowRobot.onFx(() -> {
            width[0] = chart.getLayoutBounds().getWidth();
            counted[0] = robot.from(page).lookup(".finding-row .answers").queryAll().size();
            Bounds c = inScene(chart);
            for (Node answers : robot.from(page).lookup(".finding-row .answers").queryAll()) {
                if (inScene(answers).intersects(c)) {
                    overlapping.add(answers.getParent().getId() + " answers");
                }
            }
            for (Node label : robot.from(page).lookup(".finding-row .finding-label").queryAll()) {
                if (inScene(label).intersects(c)) {
                    overlapping.add(label.getParent().getId() + " label");
                }
            }
        });
        assertTrue(width[0] >= MIN - 0.5, "the chart keeps its minimum width at 1024x700: " + width[0]);
        assertTrue(counted[0] >= 9, "the palpation questions were looked at: " + counted[0]);
        assertEquals(List.of(), overlapping, "no question or answer lies over the chart");
        assertFalse(horizontalBarShown(page), "at 1024 the chart and the form fit side by side");
    }

    @Test
    void narrowerThanThatTheChartMovesAboveTheQuestionsUnsquashed(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.PALPATION);
        Node chart = window.node("site-chart");
        WindowRobot.onFx(() -> stage.setWidth(760));
        WaitForAsyncUtils.waitForFxEvents();
        double[] width = new double[1];
        WindowRobot.onFx(() -> width[0] = chart.getLayoutBounds().getWidth());
        assertTrue(width[0] >= MIN - 0.5, "the chart is not squashed: " + width[0]);
        assertFalse(horizontalBarShown((ScrollPane) window.node("page-palpation")), "the page does not scroll sideways");
        double[] chartBottom = new double[1];
        double[] firstRowTop = new double[1];
        WindowRobot.onFx(() -> {
            chartBottom[0] = inScene(chart).getMaxY();
            firstRowTop[0] = inScene(robot.lookup(".finding-row").match(n -> n.getId() != null
                    && n.getId().startsWith("f-palpation-")).query()).getMinY();
        });
        assertTrue(firstRowTop[0] >= chartBottom[0], "the questions start below the chart: " + firstRowTop[0] + " < " + chartBottom[0]);
    }

    private static boolean horizontalBarShown(ScrollPane page) {
        boolean[] shown = new boolean[1];
        WindowRobot.onFx(() -> shown[0] = page.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()));
        return shown[0];
    }
}
