package org.exampath.ui.exam;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.exampath.ui.common.HeightCache;

/**
 * A question's label with its answers right beside it. The label takes a column between
 * {@link #LABEL_MIN} and {@link #LABEL_MAX} pixels (about 40% of the row); when the answers do not
 * fit beside it, they move under the label, indented, and wrap there if they can. Nothing is
 * squeezed below its preferred width, so no label or button is ever cut short.
 */
final class AnswerLine extends Region {
    static final double LABEL_MIN = 150;
    static final double LABEL_MAX = 300;
    private static final double GAP = 12;
    private static final double INDENT = 16;
    private static final double ROW_GAP = 2;

    private final HeightCache heights = new HeightCache();
    private final Label label;
    private final Region answers;

    AnswerLine(Label label, Region answers) {
        this.label = label;
        this.answers = answers;
        label.setWrapText(true);
        label.setMinWidth(Region.USE_COMPUTED_SIZE);
        getStyleClass().add("answer-line");
        getChildren().addAll(label, answers);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    static double labelWidth(double width) {
        return Math.max(LABEL_MIN, Math.min(LABEL_MAX, width * 0.4));
    }

    /** True when the answers fit beside the label at this width. */
    boolean inline(double width) {
        return labelWidth(width) + GAP + answers.prefWidth(-1) <= width;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(LABEL_MIN, INDENT + answers.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + LABEL_MAX + GAP + answers.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heights.pref(width, this::measurePrefHeight);
    }

    @Override
    public void requestLayout() {
        // null while Region's constructor runs
        if (heights != null) {
            heights.clear();
        }
        super.requestLayout();
    }

    private double measurePrefHeight(double width) {
        double w = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double height;
        if (inline(w)) {
            double lw = labelWidth(w);
            height = Math.max(label.prefHeight(lw), answers.prefHeight(answerWidth(w - lw - GAP)));
        } else {
            height = label.prefHeight(w) + ROW_GAP + answers.prefHeight(answerWidth(w - INDENT));
        }
        return snappedTopInset() + snappedBottomInset() + height;
    }

    private double answerWidth(double room) {
        return Math.max(answers.minWidth(-1), Math.min(room, answers.prefWidth(-1)));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (inline(w)) {
            double lw = labelWidth(w);
            double aw = answerWidth(w - lw - GAP);
            double h = Math.max(label.prefHeight(lw), answers.prefHeight(aw));
            layoutInArea(label, x, y, lw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(answers, x + lw + GAP, y, aw, h, 0, HPos.LEFT, VPos.CENTER);
        } else {
            double lh = label.prefHeight(w);
            layoutInArea(label, x, y, w, lh, 0, HPos.LEFT, VPos.TOP);
            double aw = answerWidth(w - INDENT);
            layoutInArea(answers, x + INDENT, y + lh + ROW_GAP, aw, answers.prefHeight(aw), 0, HPos.LEFT, VPos.TOP);
        }
    }

    Node answers() {
        return answers;
    }
}
