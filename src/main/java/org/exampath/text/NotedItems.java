package org.exampath.text;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Condition;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Urgency;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;

/**
 * The low-value items the red-flag screen notes but never escalates, each named by what was found ("Age 50 or
 * over", "Night pain not eased by rest"), for one small "Noted for follow-up" line in the panel and the Summary,
 * never shown as a red flag. A number is named by the range of the noted rule that holds for it, read from the
 * rule itself, so the line follows the knowledge base.
 */
public final class NotedItems {
    private NotedItems() {
    }

    /** "Noted for follow-up: Age 50 or over: noted, not escalated.", or "" when nothing is noted. */
    public static String line(KnowledgeBase kb, Assessment a, Exam exam) {
        List<String> names = names(kb, a, exam);
        return names.isEmpty() ? "" : "Noted for follow-up: " + String.join("; ", names) + ": noted, not escalated.";
    }

    /** Each noted item by name, in the order the engine lists them, once each. */
    public static List<String> names(KnowledgeBase kb, Assessment a, Exam exam) {
        List<String> out = new ArrayList<>();
        for (RedFlag flag : a.redFlags()) {
            if (!flag.noted()) {
                continue;
            }
            for (String name : names(kb, flag, exam)) {
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /**
     * One noted flag's items by name ("Age 50 or over"), read from its noted levels; its title when it names no
     * finding. The note and the panel both name a noted item this way.
     */
    public static List<String> names(KnowledgeBase kb, RedFlag flag, Exam exam) {
        List<Condition> rules = noticing(kb, flag.id());
        List<String> out = new ArrayList<>();
        for (String id : flag.findings()) {
            String name = name(kb, id, exam.value(id), rules);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        if (out.isEmpty()) {
            out.add(flag.label());
        }
        return out;
    }

    /** The conditions under which the rule notes (its levels at "noted"). */
    private static List<Condition> noticing(KnowledgeBase kb, String flag) {
        List<Condition> out = new ArrayList<>();
        for (RedFlagRule rule : kb.redFlags()) {
            if (rule.id().equals(flag)) {
                rule.levels().stream().filter(l -> l.urgency() == Urgency.NOTED).map(RedFlagLevel::when).forEach(out::add);
            }
        }
        return out;
    }

    private static String name(KnowledgeBase kb, String id, FindingValue value, List<Condition> rules) {
        String label = kb.finding(id).map(FindingDefinition::label).orElse(id);
        if (value instanceof FindingValue.Flag flag && flag.value()) {
            return label;
        }
        if (value instanceof FindingValue.Count count) {
            List<Condition.Between> ranges = new ArrayList<>();
            rules.forEach(rule -> ranges(rule, id, count.value(), ranges));
            if (!ranges.isEmpty()) {
                Condition.Between range = ranges.get(0);
                return label + " " + (range.max() == Integer.MAX_VALUE ? range.min() + " or over"
                        : range.min() == Integer.MIN_VALUE ? range.max() + " or under"
                        : range.min() + " to " + range.max());
            }
        }
        return Describe.finding(kb, id, value);
    }

    /** The ranges on {@code id} that hold for {@code value}, outside any negation (a negated range did not raise it). */
    private static void ranges(Condition c, String id, int value, List<Condition.Between> out) {
        if (c instanceof Condition.Between b) {
            if (b.id().equals(id) && value >= b.min() && value <= b.max()) {
                out.add(b);
            }
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> ranges(p, id, value, out));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> ranges(p, id, value, out));
        } else if (c instanceof Condition.CountAtLeast count) {
            count.parts().forEach(p -> ranges(p, id, value, out));
        }
    }
}
