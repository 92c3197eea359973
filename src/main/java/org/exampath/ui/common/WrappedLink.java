package org.exampath.ui.common;

import javafx.scene.control.Hyperlink;

/** A hyperlink that wraps its text and measures it once for a width, as {@link WrappedLabel} does. */
public class WrappedLink extends Hyperlink {
    private final HeightCache heights = new HeightCache();

    public WrappedLink() {
        this("");
    }

    public WrappedLink(String text) {
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
        // null while Hyperlink's constructor runs
        if (heights != null) {
            heights.clear();
        }
        super.requestLayout();
    }
}
