package org.exampath.reasoning;

import java.util.Set;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;

/** Facts read from an exam, optionally with one extra finding laid over it (for "what if" ranking). */
final class ExamFacts implements Facts {
    private final Exam exam;
    private final String extraId;
    private final FindingValue extraValue;

    ExamFacts(Exam exam) {
        this(exam, null, null);
    }

    private ExamFacts(Exam exam, String extraId, FindingValue extraValue) {
        this.exam = exam;
        this.extraId = extraId;
        this.extraValue = extraValue;
    }

    ExamFacts with(String id, FindingValue value) {
        return new ExamFacts(exam, id, value);
    }

    @Override
    public FindingValue value(String id) {
        return id.equals(extraId) ? extraValue : exam.value(id);
    }

    /** The exam plus what the imaging gate asks about. */
    static Facts forImaging(Facts base, Set<String> raisedUrgencies, Set<String> raisedFlags, double leading,
                            int physical) {
        return new Facts() {
            @Override
            public FindingValue value(String id) {
                return base.value(id);
            }

            @Override
            public boolean flagRaised(Set<String> urgencies) {
                return urgencies.stream().anyMatch(raisedUrgencies::contains);
            }

            @Override
            public boolean flagRaised(String id) {
                return raisedFlags.contains(id);
            }

            @Override
            public double leadingProbability() {
                return leading;
            }

            @Override
            public int physicalTestsRecorded() {
                return physical;
            }
        };
    }
}
