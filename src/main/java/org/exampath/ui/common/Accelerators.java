package org.exampath.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Menu accelerators shown as people read them: JavaFX writes a key without a character by its constant
 * ("Ctrl+PAGE_DOWN"); these read "Ctrl+Page Down", the key's own name, and match exactly as before.
 */
public final class Accelerators {
    private Accelerators() {
    }

    /** The combination for {@code text} ("Shortcut+PAGE_DOWN"), shown with the key's readable name. */
    public static KeyCombination of(String text) {
        KeyCombination parsed = KeyCombination.keyCombination(text);
        if (parsed instanceof KeyCodeCombination code && code.getDisplayText().endsWith(code.getCode().name())
                && !code.getCode().name().equals(code.getCode().getName())) {
            return new Named(code);
        }
        return parsed;
    }

    /** The same keys as {@code code}, its display text ending with the key's name instead of its constant. */
    private static final class Named extends KeyCombination {
        private final KeyCodeCombination code;

        Named(KeyCodeCombination code) {
            super(code.getShift(), code.getControl(), code.getAlt(), code.getMeta(), code.getShortcut());
            this.code = code;
        }

        @Override
        public boolean match(KeyEvent event) {
            return code.match(event);
        }

        @Override
        public String getDisplayText() {
            String shown = code.getDisplayText();
            KeyCode key = code.getCode();
            return shown.substring(0, shown.length() - key.name().length()) + key.getName();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named n && n.code.equals(code);
        }

        @Override
        public int hashCode() {
            return code.hashCode() * 31 + 7;
        }
    }
}
