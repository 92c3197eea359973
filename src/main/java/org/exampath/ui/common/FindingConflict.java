package org.exampath.ui.common;

import org.exampath.domain.FindingValue;

/**
 * A finding a colleague changed while this clinician's change of it was not stored yet: their value was
 * kept, and this clinician's was not written. Values are as shown to people ("yes", "negative", "not
 * recorded"); {@code label} is the finding's question as the form words it (its id when unknown).
 * {@code kept} and {@code refused} are the same two values typed (null: not recorded), so the window can
 * ask the engine what each would raise.
 */
public record FindingConflict(String finding, String label, String theirs, String setBy, String yours,
                              FindingValue kept, FindingValue refused) {
}
