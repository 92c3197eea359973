package org.exampath.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll that follows the focus: a control inside its content that takes the focus (by a click on the part of it that
 * shows, or in code) is scrolled wholly into view with room for its focus ring, or its top when it is taller than the
 * view. A control already wholly in view leaves the scroll where it is. (Tab and Shift+Tab are followed by the scroll's
 * own skin as well; this covers every other way the focus moves.) A toggle that folds or unfolds part of the content
 * keeps its place the same way ({@link #keepPlace}), though the focus does not move.
 */
public final class FocusFollow {
    /** Room kept around a focused control for its focus ring. */
    private static final double MARGIN = 6;

    private FocusFollow() {
    }

    /** Makes {@code scroll} bring a focused node inside its content into view. */
    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().flatMap(s -> s.focusOwnerProperty()).addListener((obs, was, now) -> follow(scroll, now));
    }

    /**
     * Keeps the place of a toggle that folds or unfolds part of a scroll's content: once the content has been laid out
     * again, each scroll {@code toggle} lies in (the innermost first) brings {@code toggle} wholly into view and, as far
     * as the view leaves room beside it, {@code shown} from its top (the part just unfolded, or the whole it folds
     * into). A scroll that already shows both stays where it is. Call it from the toggle's action.
     */
    public static void keepPlace(Node toggle, Node shown) {
        Scene scene = toggle.getScene();
        if (scene == null) {
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                keepPlace(toggle, shown, toggle.getParent());
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /**
     * A jump to {@code target} under its {@code heading}: the nearest scroll above them shows the heading at the top of
     * its view with a small margin, as long as the target then lies wholly in view; otherwise the target sits at the
     * foot of the view with as much as fits of what lies above it. Done at once and again after the next layout, as
     * rows laid out late (wrapped text) can still move the heading.
     */
    public static void showUnder(Node heading, Node target) {
        ScrollPane scroll = scrollFrom(target.getParent());
        if (scroll == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        showUnder(scroll, heading, target);
        Scene scene = scroll.getScene();
        if (scene != null) {
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    showUnder(scroll, heading, target);
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        }
    }

    private static void showUnder(ScrollPane scroll, Node heading, Node target) {
        Bounds must = boundsIn(scroll, target);
        Bounds head = heading.getScene() == null ? null : boundsIn(scroll, heading);
        double view = scroll.getViewportBounds().getHeight();
        double free = scroll.getContent().getLayoutBounds().getHeight() - view;
        if (must == null || free <= 0) {
            return;
        }
        double top = (head == null ? must.getMinY() : Math.min(head.getMinY(), must.getMinY())) - MARGIN;
        double to = must.getMaxY() + MARGIN - top <= view ? top : must.getMaxY() + MARGIN - view;
        to = Math.max(0, Math.min(free, to));
        double range = scroll.getVmax() - scroll.getVmin();
        double value = scroll.getVmin() + range * to / free;
        if (Math.abs(value - scroll.getVvalue()) * free / Math.max(range, 1e-9) > 0.5) {
            scroll.setVvalue(value);
            scroll.layout();
        }
    }

    /** Brings the toggle (and what it shows) into view in the nearest scroll at or above {@code from}, then the next. */
    private static void keepPlace(Node toggle, Node shown, Node from) {
        ScrollPane scroll = scrollFrom(from);
        if (scroll == null) {
            return;
        }
        Bounds must = boundsIn(scroll, toggle);
        Bounds wish = shown.isVisible() && shown.getScene() != null ? boundsIn(scroll, shown) : null;
        wish = wish == null ? must : wish;
        double view = scroll.getViewportBounds().getHeight();
        double free = scroll.getContent().getLayoutBounds().getHeight() - view;
        double at = -scroll.getViewportBounds().getMinY();
        if (must != null && free > 0) {
            double lo = Math.min(must.getMinY(), wish.getMinY()) - MARGIN;
            double hi = Math.max(must.getMaxY(), wish.getMaxY()) + MARGIN;
            double to;
            if (hi - lo <= view) {
                // both fit: scroll only as far as it takes
                to = lo < at ? lo : hi > at + view ? hi - view : at;
            } else {
                // the toggle wholly, and of the rest as much from its top as room allows
                double top = must.getMinY() - MARGIN;
                to = Math.max(must.getMaxY() + MARGIN - view, Math.min(top, wish.getMinY() - MARGIN));
            }
            to = Math.max(0, Math.min(free, to));
            if (Math.abs(to - at) > 0.5) {
                scroll.setVvalue(to / free);
                scroll.layout();
            }
        }
        keepPlace(toggle, shown, scroll.getParent());
    }

    /** The nearest scroll at or above {@code node}, or null. */
    private static ScrollPane scrollFrom(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s && s.getContent() != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * The part of {@code node} that shows, in the coordinates of {@code scroll}'s content: inside a scroll of its own
     * within that content, only what that scroll shows (null when it shows none of it).
     */
    private static Bounds boundsIn(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        for (Node n = node.getParent(); n != null && n != content && b != null; n = n.getParent()) {
            if (n instanceof ScrollPane inner) {
                Node viewport = inner.lookup(".viewport");
                Node clip = viewport == null ? inner : viewport;
                Bounds c = content.sceneToLocal(clip.localToScene(clip.getLayoutBounds()));
                double minY = Math.max(b.getMinY(), c.getMinY());
                double maxY = Math.min(b.getMaxY(), c.getMaxY());
                b = maxY <= minY ? null : new javafx.geometry.BoundingBox(b.getMinX(), minY, b.getWidth(), maxY - minY);
            }
        }
        return b;
    }

    private static void follow(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        // inside a scroll of its own within the content, only the part that scroll shows can be brought into view
        Bounds node = boundsIn(scroll, focused);
        double view = scroll.getViewportBounds().getHeight();
        double free = content.getLayoutBounds().getHeight() - view;
        if (node == null || free <= 0) {
            return;
        }
        // read from the scroll's value: the viewport's bounds can lag a value set in code until the next layout
        double range = scroll.getVmax() - scroll.getVmin();
        double shown = range <= 0 ? 0 : free * (scroll.getVvalue() - scroll.getVmin()) / range;
        if (node.getMinY() >= shown - 0.5 && node.getMaxY() <= shown + view + 0.5) {
            return;
        }
        double top = node.getMinY() - MARGIN;
        double bottom = node.getMaxY() + MARGIN;
        double to = top < shown ? top : Math.min(top, bottom - view);
        scroll.setVvalue(Math.max(0, Math.min(1, to / free)));
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
