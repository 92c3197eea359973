package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.text.NotedItems;

/**
 * A noted (low-value) item on the note, named as the panel names it ({@link NotedItems}), with what was recorded:
 * "Age 50 or over: noted, not escalated (Age: 52)."
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

    /** The item by name, without its values ("Age 50 or over"; "Night pain not eased by rest and Age 50 or over"). */
    String name(RedFlag flag) {
        return parts(flag)[0];
    }

    /** The item's name ("Age 50 or over") and the values recorded for it ("Age: 52"; empty for a yes, which its name says). */
    private String[] parts(RedFlag flag) {
        List<String> values = new ArrayList<>();
        for (String id : flag.findings()) {
            FindingValue value = exam.value(id);
            if (value != null && !FindingValue.Flag.YES.equals(value)) {
                values.add(Describe.finding(kb, id, value));
            }
        }
        return new String[] {String.join(" and ", NotedItems.names(kb, flag, exam)), String.join("; ", values)};
    }
}
