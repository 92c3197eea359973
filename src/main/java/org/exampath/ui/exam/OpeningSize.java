package org.exampath.ui.exam;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The size a new exam window's scene opens at: a comfortable 1280×800, or less on a screen whose
 * work area (the screen less its task bar or dock) is smaller, so that the window with its title bar
 * and frame fits on it. The window's minimum size (960×600) still applies below that.
 */
public record OpeningSize(double width, double height) {
    static final double COMFORTABLE_WIDTH = 1280;
    static final double COMFORTABLE_HEIGHT = 800;
    /** Room kept for the frame and title bar the window system draws around the scene. */
    static final double FRAME_WIDTH = 16;
    static final double FRAME_HEIGHT = 40;

    /** The opening size on a screen whose work area is {@code workArea}. */
    public static OpeningSize within(Rectangle2D workArea) {
        return new OpeningSize(Math.min(COMFORTABLE_WIDTH, workArea.getWidth() - FRAME_WIDTH),
                Math.min(COMFORTABLE_HEIGHT, workArea.getHeight() - FRAME_HEIGHT));
    }

    /** The opening size on the primary screen, where a new window opens. */
    public static OpeningSize onPrimaryScreen() {
        return within(Screen.getPrimary().getVisualBounds());
    }
}
