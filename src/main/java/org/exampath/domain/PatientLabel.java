package org.exampath.domain;

import java.util.Optional;

/**
 * The one rule for a patient label, as exam/1 states it: 1 to 200 characters (code points) and no
 * control characters. The store, the importer and the form all ask this class.
 */
public final class PatientLabel {
    /** Longest label, in characters. */
    public static final int MAX = 200;

    private PatientLabel() {
    }

    /** Characters as the rule counts them (code points, so an emoji is one). */
    public static int length(String label) {
        return label == null ? 0 : label.codePointCount(0, label.length());
    }

    /** What is wrong with this label, in one line (to follow "patient.label: "), or empty when it is acceptable. */
    public static Optional<String> problem(String label) {
        int length = length(label);
        if (length < 1 || length > MAX) {
            return Optional.of("expected 1.." + MAX + " characters, found " + length);
        }
        if (label.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("control characters (such as a line break or tab) are not allowed");
        }
        return Optional.empty();
    }

    public static boolean isValid(String label) {
        return problem(label).isEmpty();
    }
}
