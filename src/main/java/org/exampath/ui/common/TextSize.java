package org.exampath.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The size of the text in every ExamPath window, chosen under View: the stylesheet's 13 px or two larger steps (15 and 16 px; at 16 the smallest window, 1024x700, still shows every step without a sideways scroll) for a
 * clinician who reads the screen from further away. The form's sizes are em of the root font, so one rule on the
 * root scales them all. Applied to every window open and to each one opened later (dialogs and alerts too).
 */
public enum TextSize {
    NORMAL("_Normal text", 13),
    LARGER("_Larger text", 15),
    LARGEST("Lar_gest text", 16);

    private static final ObjectProperty<TextSize> CHOSEN = new SimpleObjectProperty<>(NORMAL);
    private static boolean following;

    private final String label;
    private final int px;
    /** A one-rule stylesheet that sets the root font; later in a scene's list than the app's, so it wins. */
    private final String stylesheet;

    TextSize(String label, int px) {
        this.label = label;
        this.px = px;
        String css = ".root { -fx-font-size: " + px + "px; }";
        this.stylesheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The menu item's text, with its mnemonic. */
    public String label() {
        return label;
    }

    /** The root font size in pixels. */
    public int px() {
        return px;
    }

    /** The size by its name as kept on this computer ("larger"); empty for anything else. */
    public static Optional<TextSize> named(String name) {
        for (TextSize size : values()) {
            if (size.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** The size chosen; changing it restyles every open window. Call on the JavaFX thread. */
    public static ObjectProperty<TextSize> chosen() {
        followWindows();
        return CHOSEN;
    }



    /** Puts the chosen size's rule on {@code scene} in place of any other size's. */
    static void dress(Scene scene) {
        if (scene == null) {
            return;
        }
        for (TextSize size : values()) {
            scene.getStylesheets().remove(size.stylesheet);
        }
        if (CHOSEN.get() != NORMAL) {
            scene.getStylesheets().add(CHOSEN.get().stylesheet);
        }
    }

    /** Once: every window, open now or later, wears the chosen size and follows a change of it. */
    private static void followWindows() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().forEach(TextSize::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(TextSize::follow);
            }
        });
        CHOSEN.addListener((obs, old, now) -> Window.getWindows().forEach(w -> dress(w.getScene())));
    }

    private static void follow(Window window) {
        dress(window.getScene());
        if (window.getProperties().putIfAbsent(TextSize.class, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((obs, old, now) -> dress(now));
        }
    }
}
