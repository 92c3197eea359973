package org.exampath.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard rules shared by every form: an arrow key only moves the focus between a question's
 * answers (Space or Enter chooses), and a text field that takes the focus never has its text
 * selected, so one stray key cannot overwrite it.
 */
public final class Keys {
    private Keys() {
    }

    /** Left/Right (and Up/Down) move focus along the buttons, never choose; Space or Enter choose the focused one. */
    public static void answerButtons(List<ToggleButton> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton button = buttons.get(i);
            ToggleButton previous = i > 0 ? buttons.get(i - 1) : null;
            ToggleButton next = i + 1 < buttons.size() ? buttons.get(i + 1) : null;
            button.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                KeyCode code = e.getCode();
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT || code == KeyCode.UP || code == KeyCode.KP_UP) {
                    if (previous != null) {
                        previous.requestFocus();
                    }
                    e.consume();
                } else if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT || code == KeyCode.DOWN || code == KeyCode.KP_DOWN) {
                    if (next != null) {
                        next.requestFocus();
                    }
                    e.consume();
                } else if (code == KeyCode.ENTER) {
                    button.fire();
                    e.consume();
                }
            });
        }
    }

    /** When the field gains focus its caret goes to the end and nothing is selected. */
    public static void keepText(TextField field) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    if (field.isFocused()) {
                        field.deselect();
                        field.end();
                    }
                });
            }
        });
    }
}
