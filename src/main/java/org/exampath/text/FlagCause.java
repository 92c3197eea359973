package org.exampath.text;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.RedFlag;

/**
 * What raised a flag, in the words the note and the panel's banner share. A flag raised by what was entered names
 * those findings. A derived flag (a finding new or worse since the last visit) stands on the engine's reading of that
 * change, not on an answer entered today: it names the change and then only the entered findings that hold, so an
 * inferred "yes" is never shown as entered and the clinician's own "no" is never called its cause.
 */
public final class FlagCause {
    /** How a derived flag's cause opens, before the findings that grew worse. */
    public static final String DERIVED = "Derived (not entered): new or worse since the last visit: ";
    /** What a derived flag was raised by, in place of the inferred answer. */
    public static final String CHANGE = "the change since the last visit";

    private FlagCause() {
    }

    /**
     * The findings that raised {@code flag}, each as "label: value": all of them for a flag raised by what was
     * entered; for a derived flag {@link #CHANGE} first, then the entered findings it reads that hold (one left
     * unrecorded or answered no today was inferred from the change and is not listed).
     */
    public static List<String> raisedBy(KnowledgeBase kb, RedFlag flag, Exam exam) {
        return raisedBy(kb, flag, exam, id -> "");
    }

    /**
     * As {@link #raisedBy(KnowledgeBase, RedFlag, Exam)}, each finding followed by {@code mark} of its id (empty for
     * none): a note marks a finding carried over from the last visit so, " (carried over from the visit of …)".
     */
    public static List<String> raisedBy(KnowledgeBase kb, RedFlag flag, Exam exam, java.util.function.Function<String, String> mark) {
        List<String> out = new ArrayList<>();
        if (flag.derived()) {
            out.add(CHANGE);
        }
        for (String id : flag.findings()) {
            FindingValue entered = exam.value(id);
            if (!flag.derived() || (entered != null && !FindingValue.Flag.NO.equals(entered))) {
                out.add(Describe.finding(kb, id, entered) + mark.apply(id));
            }
        }
        return out;
    }
}
