package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;

/**
 * The recorded checks that kept a red flag from being raised: a finding a red-flag level reads, recorded, where
 * another answer to it alone would make that level hold together with a positive finding the clinician recorded (no
 * bruising and no gap after a sudden hamstring injury, normal foot pulses with walking pain eased by standing, a normal
 * temperature with new severe pain). They are the visit's pertinent negatives, the checks the picture called for, so
 * the note names them rather than counting them. Two kinds are left to the counts: a check whose level could not hold
 * whatever it said (no injury, no walking pain), since the flag was never in question on its account; and a check
 * that would raise a flag on its own (a flexor plantar response, a negative hop), a routine screening item whose
 * normal answer is no more pertinent in this patient than in any other. Age, sex and side are the header's, so they
 * do not make a picture; the screening questions are named anyway.
 */
final class ClearedFlagChecks {
    private ClearedFlagChecks() {
    }

    static Set<String> of(KnowledgeBase kb, Exam exam) {
        Set<String> out = new TreeSet<>();
        Facts facts = exam::value;
        for (RedFlagRule rule : kb.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                if (level.when().test(facts)) {
                    continue; // a level that holds raised the flag: its findings are named as the flag's
                }
                Set<String> read = new TreeSet<>();
                level.when().references(read);
                for (String id : read) {
                    FindingDefinition d = kb.findings().get(id);
                    if (d != null && !d.pseudo() && exam.value(id) != null && anotherAnswerHolds(kb, level, exam, d)) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether some answer to {@code d} other than the recorded one, all else as recorded, makes {@code level} hold on
     * that answer and at least one other positive finding recorded.
     */
    private static boolean anotherAnswerHolds(KnowledgeBase kb, RedFlagLevel level, Exam exam, FindingDefinition d) {
        FindingValue recorded = exam.value(d.id());
        for (FindingValue other : answers(d)) {
            Facts changed = id -> id.equals(d.id()) ? other : exam.value(id);
            if (other.equals(recorded) || !level.when().test(changed)) {
                continue;
            }
            Set<String> explained = new TreeSet<>();
            level.when().explain(changed, explained);
            explained.remove(d.id());
            if (explained.stream().anyMatch(id -> kb.finding(id).filter(f -> !f.pseudo()).isPresent()
                    && exam.value(id) != null && !StepFindings.negative(exam.value(id)))) {
                return true;
            }
        }
        return false;
    }

    /** The answers tried: both of a yes/no, every choice, each grade below full with and without pain; not a count. */
    private static List<FindingValue> answers(FindingDefinition d) {
        List<FindingValue> out = new ArrayList<>();
        switch (d.kind()) {
            case BOOLEAN -> {
                out.add(FindingValue.Flag.YES);
                out.add(FindingValue.Flag.NO);
            }
            case CHOICE -> d.values().stream().filter(v -> !"not_tested".equals(v)).forEach(v -> out.add(new FindingValue.Choice(v)));
            case STRENGTH -> {
                for (int grade = 0; grade <= 5; grade++) {
                    for (String pain : List.of("none", "pain", "familiar")) {
                        out.add(new FindingValue.Strength(grade, pain));
                    }
                }
            }
            case INTEGER -> {
                // a count (an age, a duration) is context the header or the history states, not a check
            }
        }
        return out;
    }
}
