package org.exampath.ui.common;

/**
 * A finding a colleague changed while this clinician's change of it was not stored yet: their value was
 * kept, and this clinician's was not written. Values are as shown to people ("yes", "negative", "not
 * recorded"); {@code label} is the finding's question as the form words it (its id when unknown).
 */
public record FindingConflict(String finding, String label, String theirs, String setBy, String yours) {
}
