package org.exampath.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * Shared tooltips: every Tooltip is a pop-up window of its own, so hundreds of identical ones would
 * slow the window's start. One instance per text is installed on every node that needs it.
 */
public final class Tips {
    private static final Map<String, Tooltip> SHARED = new HashMap<>();

    private Tips() {
    }

    public static void install(Node node, String text) {
        Tooltip.install(node, SHARED.computeIfAbsent(text, Tooltip::new));
    }
}
