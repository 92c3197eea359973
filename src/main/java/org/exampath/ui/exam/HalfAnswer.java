package org.exampath.ui.exam;

import org.exampath.domain.FindingValue;

/**
 * The half of a resisted test chosen so far (its MRC grade or its pain answer) while the other half is not:
 * nothing is recorded until both are chosen, so neither half is ever filled in for the clinician. The other half
 * may come from the test as already recorded in this visit, never from a value carried over from the last visit.
 */
final class HalfAnswer {
    private Integer grade;
    private String pain;

    /** True while one half is chosen and the other is not. */
    boolean waiting() {
        return grade != null || pain != null;
    }

    Integer grade() {
        return grade;
    }

    String pain() {
        return pain;
    }

    void clear() {
        grade = null;
        pain = null;
    }

    /**
     * Adds the half just chosen ({@code grade} or {@code pain}; the other null). {@code base} is the test as
     * recorded today, whose other half may complete it (null when nothing is, or when what is shown was carried
     * over). Returns the whole test once both halves are known (and forgets the halves), else null.
     */
    FindingValue.Strength add(Integer newGrade, String newPain, FindingValue base) {
        FindingValue.Strength today = base instanceof FindingValue.Strength s ? s : null;
        Integer g = newGrade != null ? newGrade : grade != null ? grade : today == null ? null : today.grade();
        String p = newPain != null ? newPain : pain != null ? pain : today == null ? null : today.pain();
        if (g != null && p != null) {
            clear();
            return new FindingValue.Strength(g, p);
        }
        grade = g;
        pain = p;
        return null;
    }

    /** The row's prompt while waiting ({@code carried}: the last visit's answer is still shown as it stands). */
    String prompt(boolean carried) {
        String ask = grade != null ? "Choose the pain too" : "Choose the grade too";
        return ask + ": nothing is recorded until both are chosen"
                + (carried ? "; the last visit's answer stands until then." : ".");
    }

    /** What is chosen and what is missing, for a question before leaving: "MRC 3 chosen, pain not chosen". */
    String describe() {
        return grade != null ? "MRC " + grade + " chosen, pain not chosen" : "pain \u201c" + pain + "\u201d chosen, grade not chosen";
    }
}
