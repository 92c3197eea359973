package org.exampath.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A VBox that measures its height for a width once until something in it changes (see
 * {@link HeightCache}). The panel and the form are columns of wrapped text: with plain VBoxes one
 * changed percentage made the next layout pass measure every label above, beside and below it.
 */
public class Column extends VBox {
    private final HeightCache heights = new HeightCache();

    public Column() {
        super();
    }

    public Column(double spacing, Node... children) {
        super(spacing, children);
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
        // null while VBox's constructor runs (it asks for layout before this class's fields exist)
        if (heights != null) {
            heights.clear();
        }
        super.requestLayout();
    }
}
