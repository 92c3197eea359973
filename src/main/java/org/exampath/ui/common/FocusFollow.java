package org.exampath.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll that follows the focus: a control inside its content that takes the focus (by a click on the part of it that
 * shows, or in code) is scrolled wholly into view with room for its focus ring, or its top when it is taller than the
 * view. A control already wholly in view leaves the scroll where it is. (Tab and Shift+Tab are followed by the scroll's
 * own skin as well; this covers every other way the focus moves.)
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

    private static void follow(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double view = scroll.getViewportBounds().getHeight();
        double free = content.getLayoutBounds().getHeight() - view;
        if (node == null || free <= 0) {
            return;
        }
        // inside a scroll of its own within the content, only the part that scroll shows can be brought into view
        for (Node n = focused.getParent(); n != content; n = n.getParent()) {
            if (n instanceof ScrollPane inner) {
                Node viewport = inner.lookup(".viewport");
                Bounds clip = content.sceneToLocal((viewport == null ? inner : viewport).localToScene(
                        (viewport == null ? inner : viewport).getLayoutBounds()));
                double minY = Math.max(node.getMinY(), clip.getMinY());
                double maxY = Math.min(node.getMaxY(), clip.getMaxY());
                if (maxY <= minY) {
                    return;
                }
                node = new javafx.geometry.BoundingBox(node.getMinX(), minY, node.getWidth(), maxY - minY);
            }
        }
        double shown = -scroll.getViewportBounds().getMinY();
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
