package org.exampath.reasoning;

import java.util.Map;
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

    /** The exam plus what the imaging gate asks about: the raised flags (id to urgency), the leader, the tests that count. */
    static Facts forImaging(Facts base, Map<String, String> raisedFlags, double leading, int informative) {
        return new Facts() {
            @Override
            public FindingValue value(String id) {
                return base.value(id);
            }

            @Override
            public boolean flagRaised(Set<String> urgencies) {
                return raisedFlags.values().stream().anyMatch(urgencies::contains);
            }

            @Override
            public boolean flagRaised(String id) {
                return raisedFlags.containsKey(id);
            }

            @Override
            public boolean flagRaised(String id, Set<String> urgencies) {
                String urgency = raisedFlags.get(id);
                return urgency != null && urgencies.contains(urgency);
            }

            @Override
            public double leadingProbability() {
                return leading;
            }

            @Override
            public int informativeTestsRecorded() {
                return informative;
            }
        };
    }
}
