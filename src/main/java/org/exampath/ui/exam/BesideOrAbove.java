package org.exampath.ui.exam;

import javafx.geometry.Orientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A body chart and the questions beside it while the page is wide enough for both, the chart above the questions
 * when it is not (a narrow window, or a larger text size under View): the page does not scroll sideways for the chart.
 * Beside, the chart gives up width down to its minimum before the questions wrap; above, it keeps its preferred size.
 */
final class BesideOrAbove extends Pane {
    private static final double GAP = 16;
    private final Region chart;
    private final Region questions;

    BesideOrAbove(Region chart, Region questions) {
        this.chart = chart;
        this.questions = questions;
        getChildren().addAll(chart, questions);
    }

    /** True while the questions fit at their narrowest beside the chart at its narrowest in {@code width} (inside the insets). */
    boolean beside(double width) {
        return chart.minWidth(-1) + GAP + questions.minWidth(-1) <= width;
    }

    /** The chart's width in {@code width}: beside, what the questions leave at their preferred width, within its own limits. */
    private double chartWidth(double width) {
        double most = Math.min(chart.prefWidth(-1), width);
        return beside(width) ? Math.max(chart.minWidth(-1), Math.min(most, width - GAP - questions.prefWidth(-1))) : most;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return across() + Math.max(chart.minWidth(-1), questions.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return across() + chart.prefWidth(-1) + GAP + questions.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width < 0 ? computePrefWidth(-1) : width) - across();
        double chartWidth = chartWidth(w);
        double chartHeight = chart.prefHeight(chartWidth);
        double content = beside(w) ? Math.max(chartHeight, questions.prefHeight(w - chartWidth - GAP))
                : chartHeight + GAP + questions.prefHeight(w);
        return getInsets().getTop() + content + getInsets().getBottom();
    }

    @Override
    protected void layoutChildren() {
        double x = getInsets().getLeft();
        double y = getInsets().getTop();
        double w = getWidth() - across();
        double chartWidth = chartWidth(w);
        double chartHeight = chart.prefHeight(chartWidth);
        chart.resizeRelocate(x, y, chartWidth, chartHeight);
        if (beside(w)) {
            double rest = w - chartWidth - GAP;
            questions.resizeRelocate(x + chartWidth + GAP, y, rest, questions.prefHeight(rest));
        } else {
            questions.resizeRelocate(x, y + chartHeight + GAP, w, questions.prefHeight(w));
        }
    }

    private double across() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
