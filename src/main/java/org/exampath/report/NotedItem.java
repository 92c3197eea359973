package org.exampath.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Condition;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;

/**
 * A noted (low-value) item named by what holds, not by its rule's title: "Age 50 or over: noted, not escalated
 * (Age: 52)." The name is read from the flag's rule in the knowledge: the conditions that hold on what was recorded,
 * outside any "not" (the absence of a cancer history is what keeps the item low-value, not the item itself).
 */
final class NotedItem {
    private final KnowledgeBase kb;
    private final Exam exam;

    NotedItem(KnowledgeBase kb, Exam exam) {
        this.kb = kb;
        this.exam = exam;
    }

    /** The line for one noted flag on the note: "Age 50 or over: noted, not escalated (Age: 52)." */
    String line(RedFlag flag) {
        String[] parts = parts(flag);
        return parts[0] + ": noted, not escalated" + (parts[1].isEmpty() ? "" : " (" + parts[1] + ")") + ".";
    }

    /** The item in a sentence, with what was recorded for it: "age 50 or over (Age: 52)". */
    String inSentence(RedFlag flag) {
        String[] parts = parts(flag);
        return FindingProse.inSentence(parts[0]) + (parts[1].isEmpty() ? "" : " (" + parts[1] + ")");
    }

    /** The item's name ("Age 50 or over") and the values recorded for it ("Age: 52"; empty for a yes, which its name says). */
    private String[] parts(RedFlag flag) {
        Map<String, String> held = new LinkedHashMap<>();
        kb.redFlags().stream().filter(r -> r.id().equals(flag.id())).map(RedFlagRule::when)
                .forEach(when -> holding(when, exam::value, held));
        if (held.isEmpty()) {
            // a rule this reading cannot name (never in the shipped knowledge): its title
            held.put("", flag.label());
        }
        List<String> values = new ArrayList<>();
        for (String id : held.keySet()) {
            if (!id.isEmpty() && exam.value(id) != null && !FindingValue.Flag.YES.equals(exam.value(id))) {
                values.add(Describe.finding(kb, id, exam.value(id)));
            }
        }
        return new String[] {String.join(" and ", held.values()), String.join("; ", values)};
    }

    /** Adds each single-finding condition that holds, outside a "not", as id to its words. */
    private void holding(Condition c, Facts facts, Map<String, String> out) {
        if (!c.test(facts)) {
            return;
        }
        if (c instanceof Condition.All all) {
            all.parts().forEach(p -> holding(p, facts, out));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> holding(p, facts, out));
        } else if (c instanceof Condition.CountAtLeast count) {
            count.parts().forEach(p -> holding(p, facts, out));
        } else if (c instanceof Condition.Leaf leaf) {
            out.putIfAbsent(leaf.id(), words(leaf));
        }
    }

    /** One condition on one finding in words: "Age 50 or over", "Night pain not eased by rest". */
    private String words(Condition.Leaf leaf) {
        String label = kb.finding(leaf.id()).map(d -> d.label()).orElse(leaf.id());
        if (leaf instanceof Condition.Is is && FindingValue.Flag.YES.equals(is.expected())) {
            return label;
        }
        if (leaf instanceof Condition.Between b) {
            return b.max() == Integer.MAX_VALUE ? label + " " + b.min() + " or over"
                    : b.min() == Integer.MIN_VALUE ? label + " " + b.max() + " or under"
                    : label + " " + b.min() + " to " + b.max();
        }
        return Describe.finding(kb, leaf.id(), exam.value(leaf.id()));
    }
}
