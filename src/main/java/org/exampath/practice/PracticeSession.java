package org.exampath.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;

/**
 * One student working one case: each question asked or test performed reveals that finding from the
 * case; what the case does not hold reads "unremarkable". The order of asking is kept for feedback.
 */
public final class PracticeSession {
    private final PracticeCase practiceCase;
    private final List<String> asked = new ArrayList<>();
    private Exam revealed;

    public PracticeSession(PracticeCase practiceCase) {
        this.practiceCase = practiceCase;
        Exam full = practiceCase.exam();
        revealed = new Exam(full.patient(), full.side(), java.util.Map.of());
    }

    public PracticeCase practiceCase() {
        return practiceCase;
    }

    /** Reveals a finding; returns its value, or null when the case holds nothing there ("unremarkable"). */
    public FindingValue ask(String findingId) {
        if (!asked.contains(findingId)) {
            asked.add(findingId);
        }
        FindingValue value = practiceCase.exam().value(findingId);
        if (value != null) {
            revealed = revealed.with(findingId, value);
        }
        return value;
    }

    public boolean hasAsked(String findingId) {
        return asked.contains(findingId);
    }

    /** Everything asked, in order. */
    public List<String> asked() {
        return Collections.unmodifiableList(asked);
    }

    /** The exam as the student has uncovered it so far. */
    public Exam revealed() {
        return revealed;
    }
}
