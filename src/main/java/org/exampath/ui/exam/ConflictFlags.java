package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.RedFlag;
import org.exampath.ui.common.FindingConflict;

/**
 * The red flags a clinician's refused value (a finding's, or the side, age or sex) would raise that the colleague's kept
 * value does not: the engine assesses the exam shown with their value and with the kept one, and a flag counts when it is
 * missing from the kept assessment or stands there at a less pressing urgency. A row whose screen no
 * longer shows the kept value has none (what is on screen is what the red-flag lane shows). A flag raised
 * only by several refused values together counts for each of them it names. Pure; any thread.
 */
final class ConflictFlags {
    private ConflictFlags() {
    }

    /** Each conflict's finding, in order, with the flags its refused value raises (those with none left out). */
    static Map<String, List<RedFlag>> hidden(Engine engine, Exam shown, Exam previous, List<FindingConflict> conflicts) {
        List<FindingConflict> open = conflicts.stream().filter(c -> c.theirsShownIn(shown)).toList();
        Map<String, List<RedFlag>> out = new LinkedHashMap<>();
        if (open.isEmpty()) {
            return out;
        }
        List<RedFlag> kept = engine.assess(shown, previous).redFlags();
        Exam allMine = shown;
        for (FindingConflict c : open) {
            allMine = c.withYours(allMine);
        }
        List<RedFlag> together = louder(engine.assess(allMine, previous).redFlags(), kept);
        for (FindingConflict c : open) {
            List<RedFlag> raised = new ArrayList<>(louder(engine.assess(c.withYours(shown), previous).redFlags(), kept));
            for (RedFlag f : together) {
                if (f.findings().contains(c.finding()) && raised.stream().noneMatch(r -> r.id().equals(f.id()))) {
                    raised.add(f);
                }
            }
            if (!raised.isEmpty()) {
                out.put(c.finding(), List.copyOf(raised));
            }
        }
        return out;
    }

    /** The flags of {@code mine} absent from {@code kept} or more pressing than there. */
    private static List<RedFlag> louder(List<RedFlag> mine, List<RedFlag> kept) {
        return mine.stream().filter(f -> kept.stream().noneMatch(k -> k.id().equals(f.id())
                && k.level().compareTo(f.level()) <= 0)).toList();
    }
}
