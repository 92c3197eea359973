package org.exampath.ui.practice;

import java.util.Optional;
import org.exampath.practice.PracticeSession;

/**
 * What leaving the case open would lose, in the words the leave question uses: the findings and answer not committed
 * yet, or a committed attempt not kept (for want of a name, or refused by the store); empty when nothing would be lost.
 */
final class WorkAtStake {
    private WorkAtStake() {
    }

    /** Why a committed attempt is not kept when no name was given. */
    static final String NO_NAME = "no name was given when it was committed";

    /**
     * {@code committed}: the case is committed (feedback shown); {@code unkept}: why that attempt is not stored yet
     * ({@link #NO_NAME}, or the store refused it), or null when it is; {@code found}: the findings revealed;
     * {@code answered}: anything entered in the commit form.
     */
    static Optional<String> of(PracticeSession s, boolean committed, String unkept, int found, boolean answered) {
        if (s == null) {
            return Optional.empty();
        }
        String title = "\u201c" + s.practiceCase().title() + "\u201d";
        if (committed) {
            return unkept == null ? Optional.empty() : Optional.of("Your attempt on " + title + " is not kept: " + unkept + "."
                    + (NO_NAME.equals(unkept) ? " Enter your name first to keep it." : " Press Enter in your name field to try again."));
        }
        if (found == 0 && !answered) {
            return Optional.empty();
        }
        String what = (found == 0 ? "" : "your " + found + (found == 1 ? " finding" : " findings")) + (found > 0 && answered ? " and " : "")
                + (answered ? "your answer" : "");
        return Optional.of("You are working " + title + ": " + what + " will be lost, and nothing is scored or kept.");
    }
}
