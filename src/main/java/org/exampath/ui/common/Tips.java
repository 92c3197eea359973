package org.exampath.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Shared tooltips: every Tooltip is a pop-up window of its own, so hundreds of identical ones would
 * slow the window's start. One instance per text is installed on every node that needs it.
 * {@code Tooltip.install} leaves the control's own tooltip empty, and a screen reader reads a control's help from
 * that, so the text is given to the node as its accessible help as well.
 */
public final class Tips {
    private static final Map<String, Tooltip> SHARED = new HashMap<>();

    private Tips() {
    }

    public static void install(Node node, String text) {
        Tooltip.install(node, SHARED.computeIfAbsent(text, Tooltip::new));
        node.setAccessibleHelp(text);
    }
}
