package org.exampath.reasoning;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;

/**
 * Facts read from an exam, optionally with one extra finding laid over it (for "what if" ranking). The exam's values,
 * age, sex and side included, are read once into a hash map: the rules look them up thousands of times per assessment.
 */
final class ExamFacts implements Facts {
    private final Map<String, FindingValue> values;
    private final String extraId;
    private final FindingValue extraValue;

    ExamFacts(Exam exam) {
        this(valuesOf(exam), null, null);
    }

    private ExamFacts(Map<String, FindingValue> values, String extraId, FindingValue extraValue) {
        this.values = values;
        this.extraId = extraId;
        this.extraValue = extraValue;
    }

    /** Every value {@link Exam#value} reads: the findings, then age, sex and side (which take precedence there). */
    private static Map<String, FindingValue> valuesOf(Exam exam) {
        Map<String, FindingValue> out = new HashMap<>(exam.findings());
        for (String id : new String[] {Exam.AGE, Exam.SEX, Exam.SIDE}) {
            FindingValue value = exam.value(id);
            if (value == null) {
                out.remove(id);
            } else {
                out.put(id, value);
            }
        }
        return out;
    }

    ExamFacts with(String id, FindingValue value) {
        return new ExamFacts(values, id, value);
    }

    @Override
    public FindingValue value(String id) {
        return id.equals(extraId) ? extraValue : values.get(id);
    }

    /** Whether the exam (not the extra finding) records {@code id}, as {@link Exam#has} says. */
    boolean recorded(String id) {
        return values.get(id) != null;
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
