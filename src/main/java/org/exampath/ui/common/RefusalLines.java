package org.exampath.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exampath.store.SaveConflict;

/** The status line's words when a save or a confirmation is refused, in part, for what a colleague changed meanwhile. */
final class RefusalLines {
    private RefusalLines() {
    }

    /**
     * A save stored at {@code at} into encounter {@code target} but for what {@code conflict} refused: {@code found}, the
     * findings' rows; {@code held}, the encounter's own entries (its side, age, sex, assessment, plan) held in the panel.
     */
    static String saved(String at, long target, List<FindingConflict> found, List<FindingConflict> held) {
        int findingRows = found.size();
        String entries = held.isEmpty() ? "" : "not your " + held.stream().map(t -> t.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and ")) + ", which " + held.get(0).setBy()
                + " changed meanwhile: theirs is kept and yours waits in the panel under the steps";
        String findings = (findingRows == 0 ? "" : "except " + findingRows + " finding" + (findingRows == 1 ? "" : "s")
                + " a colleague changed meanwhile: their value" + (found.size() == 1 ? " is" : "s are")
                + " kept, see the panel under the steps") + (findingRows == 0 || entries.isEmpty() ? "" : "; ") + entries;
        return "Saved " + at + " (encounter " + target + "), " + findings + ".";
    }

    /** A confirmation refused for {@code conflict}: the colleague's value is kept. */
    static String notConfirmed(SaveConflict conflict) {
        return "Not confirmed: a colleague changed " + (conflict.conflicts().size() == 1 ? "the finding" : "findings")
                + " meanwhile; their value is kept, see the panel under the steps.";
    }
}
