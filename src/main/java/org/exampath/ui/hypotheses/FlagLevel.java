package org.exampath.ui.hypotheses;

import java.util.Collection;

/**
 * How loud the red-flag lane is, from nothing raised to an emergency. The urgency words of the
 * knowledge base are read here and nowhere else in the panel.
 */
public enum FlagLevel {
    NONE("", "flag-none"),
    NOTED("NOTED", "red-flag-noted"),
    SOON("SOON", "red-flag-soon"),
    URGENT("URGENT", "red-flag-urgent"),
    EMERGENCY("EMERGENCY", "red-flag-emergency");

    private final String word;
    private final String css;

    FlagLevel(String word, String css) {
        this.word = word;
        this.css = css;
    }

    public static FlagLevel of(String urgency) {
        return switch (urgency) {
            case "emergency" -> EMERGENCY;
            case "urgent" -> URGENT;
            case "noted" -> NOTED;
            default -> SOON;
        };
    }

    /** The loudest of these urgencies, NONE for none. */
    public static FlagLevel loudest(Collection<String> urgencies) {
        FlagLevel out = NONE;
        for (String u : urgencies) {
            FlagLevel level = of(u);
            if (level.ordinal() > out.ordinal()) {
                out = level;
            }
        }
        return out;
    }

    /** The word shown before a flag: "EMERGENCY", "URGENT". */
    public String word() {
        return word;
    }

    /** The style class a flag of this level wears. */
    public String styleClass() {
        return css;
    }

    /** Management and next tests are withheld: act on the flag, nothing else. */
    public boolean withholdsManagement() {
        return this == EMERGENCY;
    }

    /** Management and next tests are shown, but under the flag's action. */
    public boolean subordinatesManagement() {
        return this == URGENT;
    }
}
