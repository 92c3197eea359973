package org.exampath.ui.hypotheses;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The panel's scrolling details. However many flags the banner above holds, it keeps room for the
 * working diagnosis's title and its first rows: its least height is measured to the foot of the
 * {@code keep}-th row's name and bar (fewer while a flag stands: the list gives way, never the flag), as if no row's reasons were open (those are read by scrolling
 * here), so the panel gives way above it (by scrolling the panel as a whole) rather than leaving the
 * diagnosis a box a line or two high.
 */
final class DetailsScroll extends ScrollPane {
    /** The least height when there are no rows to keep (an emergency holds them back). */
    private static final double FLOOR = 80;
    private final Region rows;
    private final java.util.function.IntSupplier keep;

    DetailsScroll(Node content, Region rows, java.util.function.IntSupplier keep) {
        super(content);
        this.rows = rows;
        this.keep = keep;
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // it asks for little and grows into whatever the pinned column leaves
        setPrefHeight(FLOOR);
        setMinHeight(FLOOR);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double needed = rowsFoot();
        if (Math.abs(needed - getMinHeight()) > 1) {
            setMinHeight(needed);
        }
    }

    /** The height that shows the content's top down to the foot of the kept rows (or {@link #FLOOR}). */
    private double rowsFoot() {
        Node content = getContent();
        if (content == null || !rows.isVisible() || rows.getParent() == null || !rows.getParent().isVisible()
                || rows.getChildrenUnmodifiable().isEmpty()) {
            return FLOOR;
        }
        int kept = Math.min(keep.getAsInt(), rows.getChildrenUnmodifiable().size());
        HypothesisRow last = (HypothesisRow) rows.getChildrenUnmodifiable().get(kept - 1);
        double foot = content.sceneToLocal(last.head().localToScene(last.head().getLayoutBounds())).getMaxY() + 10;
        for (int i = 0; i < kept - 1; i++) {
            foot -= ((HypothesisRow) rows.getChildrenUnmodifiable().get(i)).reasonsHeight();
        }
        return Math.max(FLOOR, Math.ceil(foot + snappedTopInset() + snappedBottomInset()));
    }
}
