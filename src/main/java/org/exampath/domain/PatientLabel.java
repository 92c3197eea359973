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

    /**
     * The name a store gives the patient of an exam nobody labelled ({@code (unlabelled 12)}), so that two
     * unlabelled people never share a patient. It is the store's, not the clinician's: it is never exported as a
     * label, an import never joins a patient by it, and no patient is made with a label of its form.
     */
    public static String placeholder(long number) {
        return "(unlabelled " + number + ")";
    }

    /** Whether this label has the form of a store's {@link #placeholder}. */
    public static boolean isPlaceholder(String label) {
        return label != null && label.strip().matches("\\(unlabelled [0-9]{1,19}\\)");
    }

    /**
     * The label an exam file's name gives when the file records none (exam/1 allows that fallback): the name
     * without {@code .json}, each control character a space, cut to {@link #MAX} characters; null when
     * nothing usable is left or it has a placeholder's form, so the exam gets a patient of its own.
     */
    public static String fromFileName(String fileName) {
        String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        StringBuilder clean = new StringBuilder();
        name.codePoints().limit(MAX).forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        String label = clean.toString().strip();
        return label.isEmpty() || isPlaceholder(label) ? null : label;
    }
}
