package org.exampath.text;

import java.util.List;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlagScreen;

/**
 * Where the red-flag screen stands: how many of its questions were asked, and which not. Nothing may
 * say "no red flag" unless the screen is complete; until then it is "not complete (k of M asked)".
 * Read from the assessment's {@link RedFlagScreen}; this adds the words.
 */
public record ScreenStatus(int asked, int total, List<String> unasked) {
    public ScreenStatus {
        unasked = List.copyOf(unasked);
    }

    /** The screen as the engine reports it in the assessment. */
    public static ScreenStatus of(Assessment assessment) {
        RedFlagScreen screen = assessment.redFlagScreen();
        return new ScreenStatus(screen.asked(), screen.total(), screen.unasked());
    }

    public boolean complete() {
        return unasked.isEmpty();
    }

    /** "3 of 16 asked". */
    public String count() {
        return asked + " of " + total + " asked";
    }

    /**
     * The screen in one phrase when no flag stands: "Red-flag screen not complete (3 of 16 asked)" or
     * "Red-flag screen complete, negative (2026-11-27)"; with {@code date} null (a visit that records no date) the
     * screen is given no date: "… negative (visit date not recorded)".
     */
    public String negativeOrIncomplete(String date) {
        return complete() ? "Red-flag screen complete, negative (" + (date == null ? "visit date not recorded" : date) + ")"
                : "Red-flag screen not complete (" + count() + ")";
    }

    /**
     * The screen in one phrase, the one place that decides whether it may be called negative: with no
     * flag standing, {@link #negativeOrIncomplete}; while any flag stands never "negative" (a flag may be
     * raised on examination with every screening question answered no), only its state beside the flags,
     * "Red-flag screen complete (16 of 16 asked)".
     */
    public String state(boolean flagsStand, String date) {
        return flagsStand ? "Red-flag " + besideFlags() : negativeOrIncomplete(date);
    }

    /** The screen's state beside raised flags: "screen complete" or "screen not complete (3 of 16 asked)". */
    public String besideFlags() {
        return complete() ? "screen complete (" + count() + ")" : "screen not complete (" + count() + ")";
    }

    /**
     * A rule's reason that starts "No red flag" is true only of a complete screen: otherwise its opening
     * is replaced by the screen's state.
     */
    public String qualify(String reason) {
        if (complete() || !reason.startsWith("No red flag")) {
            return reason;
        }
        String rest = reason.substring("No red flag".length()).replaceFirst("^[,.:;]?\\s*(but\\s+)?", "");
        return "Red-flag screen not complete (" + count() + ")" + (rest.isEmpty() ? "." : "; " + rest);
    }
}
