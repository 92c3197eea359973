package org.exampath.ui.hypotheses;

import java.util.Collection;
import org.exampath.reasoning.RedFlag;

/**
 * How loud the red-flag lane is, from nothing raised to an emergency. Read from each flag's typed
 * urgency, so a new urgency cannot fall silently into another level.
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

    public static FlagLevel of(RedFlag flag) {
        return switch (flag.level()) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT;
            case SOON -> SOON;
            case NOTED -> NOTED;
        };
    }

    /** The loudest of these urgencies, NONE for none. */
    public static FlagLevel loudest(Collection<RedFlag> flags) {
        FlagLevel out = NONE;
        for (RedFlag f : flags) {
            FlagLevel level = of(f);
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

    /** Its action (the when and the what) is read whole in the banner, never folded behind "more". */
    public boolean keepsActionWhole() {
        return this == EMERGENCY || this == URGENT;
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
