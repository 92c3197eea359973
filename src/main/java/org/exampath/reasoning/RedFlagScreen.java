package org.exampath.reasoning;

import java.util.List;

/**
 * The state of the red-flag screen: the screening questions are the catalogue's {@code redflag} step
 * (every yes/no question of the red-flag screen). {@code asked} counts those answered yes or no;
 * {@code unasked} lists the rest in catalogue order. Nothing may say "no red flag" unless
 * {@code complete}.
 */
public record RedFlagScreen(int asked, int total, List<String> unasked) {
    public RedFlagScreen {
        unasked = List.copyOf(unasked);
    }

    public boolean complete() {
        return asked == total;
    }

    /** "Red-flag screen complete (16 of 16 asked)" or "Red-flag screen not complete (2 of 16 asked)". */
    public String statement() {
        return "Red-flag screen " + (complete() ? "complete" : "not complete") + " (" + asked + " of " + total + " asked)";
    }
}
