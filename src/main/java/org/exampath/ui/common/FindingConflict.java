package org.exampath.ui.common;

import java.util.Objects;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;

/**
 * A finding a colleague changed while this clinician's change of it was not stored yet: their value was
 * kept, and this clinician's was not written. Values are as shown to people ("yes", "negative", "not
 * recorded"); {@code label} is the finding's question as the form words it (its id when unknown).
 * {@code kept} and {@code refused} are the same two values typed (null: not recorded), so the window can
 * ask the engine what each would raise. An {@code entry} is one of the encounter's own entries: a text (its plan or
 * assessment, {@code finding} "encounter.plan"), whose {@code theirs} and {@code yours} are the whole texts, or its side,
 * age or sex ("encounter.side"), given as the stores give them ("bilateral", "72"); null is none. Yours is held here,
 * stored nowhere else, until the clinician uses it or keeps theirs.
 */
public record FindingConflict(String finding, String label, String theirs, String setBy, String yours,
                              FindingValue kept, FindingValue refused, boolean entry) {
    public FindingConflict(String finding, String label, String theirs, String setBy, String yours, FindingValue kept,
                           FindingValue refused) {
        this(finding, label, theirs, setBy, yours, kept, refused, false);
    }

    /**
     * The plan, assessment, side, age or sex ({@code entry}: "encounter.plan") a colleague changed while this clinician's was
     * not saved.
     */
    public static FindingConflict ofEntry(String entry, String theirs, String setBy, String yours) {
        String name = entry.substring(entry.indexOf('.') + 1);
        return new FindingConflict(entry, Character.toUpperCase(name.charAt(0)) + name.substring(1), theirs, setBy, yours, null, null, true);
    }

    /** An entry that is the clinician's text (the plan, the assessment), not a side, age or sex. */
    public boolean holdsText() {
        return entry && HeldEntries.isText(finding);
    }

    /**
     * Whether {@code shown} holds the colleague's value kept for this row where this clinician's differs: then a red flag
     * theirs would raise is hidden from the lane. Never for a text, which the rules do not read.
     */
    public boolean theirsShownIn(Exam shown) {
        if (!entry) {
            return Objects.equals(shown.value(finding), kept) && !Objects.equals(kept, refused);
        }
        return !holdsText() && Objects.equals(HeldEntries.of(shown, finding), theirs) && !Objects.equals(theirs, yours);
    }

    /** {@code exam} with this clinician's refused value in place of the colleague's (a text leaves it as it is). */
    public Exam withYours(Exam exam) {
        if (!entry) {
            return exam.with(finding, refused);
        }
        return holdsText() ? exam : HeldEntries.with(exam, finding, yours);
    }
}
