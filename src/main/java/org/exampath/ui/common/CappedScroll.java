package org.exampath.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A column's scroll that is exactly as tall as its content until the content outgrows a cap, and
 * then that tall, scrolling vertically. Where its column has less room than it prefers, it is the
 * part that gives way, down to a few lines. It follows the keyboard: a control inside it that takes the
 * focus is scrolled into view.
 */
public final class CappedScroll extends ScrollPane {
    /** Room kept around a focused control for its focus ring. */
    private static final double FOCUS_MARGIN = 6;
    /** The least height it keeps when its column is short of room: a few lines. */
    private static final double FLOOR = 90;
    private final DoubleProperty cap = new SimpleDoubleProperty(Double.MAX_VALUE);
    private final ReadOnlyBooleanWrapper overflowing = new ReadOnlyBooleanWrapper(this, "overflowing");

    public CappedScroll(Node content) {
        super(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false);
        setMaxHeight(USE_PREF_SIZE);
        cap.addListener(o -> requestLayout());
        viewportBoundsProperty().addListener(o -> measure());
        content.layoutBoundsProperty().addListener(o -> measure());
        sceneProperty().flatMap(s -> s.focusOwnerProperty()).addListener((obs, old, now) -> follow(now));
    }

    /** The most height the scroll takes; beyond it the content scrolls. */
    public DoubleProperty capProperty() {
        return cap;
    }

    /** True while the content is taller than the view, so that part of it must be scrolled to. */
    public ReadOnlyBooleanProperty overflowingProperty() {
        return overflowing.getReadOnlyProperty();
    }

    private void measure() {
        overflowing.set(getContent().getLayoutBounds().getHeight() > getViewportBounds().getHeight() + 0.5);
    }

    /** Its height depends on its width: the wrapped text inside grows taller as it narrows. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Where its column is short of room it gives way, down to {@link #FLOOR} (or its content, if less). */
    @Override
    protected double computeMinHeight(double width) {
        return Math.min(FLOOR, computePrefHeight(width));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        double content = getContent() == null ? 0 : getContent().prefHeight(inner);
        return Math.min(Math.max(0, cap.get()), content + in.getTop() + in.getBottom());
    }

    /** Scrolls a focused node inside the content fully into view with its focus ring (or its top, when taller than the view). */
    private void follow(Node focused) {
        Node content = getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double view = getViewportBounds().getHeight();
        double free = content.getLayoutBounds().getHeight() - view;
        if (free <= 0) {
            return;
        }
        double top = node.getMinY() - FOCUS_MARGIN;
        double bottom = node.getMaxY() + FOCUS_MARGIN;
        double shown = -getViewportBounds().getMinY();
        if (top < shown) {
            setVvalue(Math.max(0, top) / free);
        } else if (bottom > shown + view) {
            setVvalue(Math.min(1, Math.min(top, bottom - view) / free));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
