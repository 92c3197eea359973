package org.exampath.ui.common;

import javafx.scene.control.Label;

/**
 * A label that wraps its text and measures it once for a width until its text, font or size rules
 * change (see {@link HeightCache}). Its column asks its height again whenever a neighbour changes;
 * a plain label lays its text out again for every such question.
 */
public class WrappedLabel extends Label {
    private final HeightCache heights = new HeightCache();

    public WrappedLabel() {
        this("");
    }

    public WrappedLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heights.pref(width, super::computePrefHeight);
    }

    @Override
    protected double computeMinHeight(double width) {
        return heights.min(width, super::computeMinHeight);
    }

    @Override
    public void requestLayout() {
        // null while Label's constructor runs
        if (heights != null) {
            heights.clear();
        }
        super.requestLayout();
    }
}
