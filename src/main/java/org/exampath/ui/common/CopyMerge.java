package org.exampath.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.store.Encounters;
import org.exampath.store.ValueCodec;

/**
 * A recovery copy's findings put onto what is stored now without overwriting a colleague's newer value,
 * and the findings kept as theirs worded for the conflict panel. Pure: no store, no JavaFX, any thread.
 */
final class CopyMerge {
    private CopyMerge() {
    }

    /**
     * The copy's exam with its findings merged onto those stored now: a finding the copy changed from
     * {@code base} takes the copy's value unless someone else changed it meanwhile (stored now differs
     * from both), in which case the stored value stays and the finding is named in {@code kept}.
     */
    static Exam merged(KnowledgeBase knowledge, Exam base, Exam copy, Exam now, List<Encounters.AuditEntry> audit,
                       List<FindingConflict> kept) {
        Map<String, FindingValue> findings = new TreeMap<>(now.findings());
        Set<String> ids = new TreeSet<>(base.findings().keySet());
        ids.addAll(copy.findings().keySet());
        for (String id : ids) {
            var was = base.findings().get(id);
            var mine = copy.findings().get(id);
            var theirs = now.findings().get(id);
            if (Objects.equals(mine, was)) {
                continue; // not changed in the copy: what is stored stays
            }
            if (Objects.equals(theirs, was) || Objects.equals(theirs, mine)) {
                if (mine == null) {
                    findings.remove(id);
                } else {
                    findings.put(id, mine);
                }
            } else {
                String by = audit.stream().filter(a -> a.finding().equals(id)).reduce((first, second) -> second)
                        .map(Encounters.AuditEntry::clinician).orElse("someone else");
                kept.add(conflict(knowledge, id, theirs, by, mine));
            }
        }
        return new Exam(copy.patient(), copy.side(), findings, copy.record());
    }

    /** A finding kept as {@code by} set it, worded for people: the form's question and both values. */
    static FindingConflict conflict(KnowledgeBase knowledge, String id, FindingValue theirs, String by, FindingValue mine) {
        return new FindingConflict(id, knowledge.finding(id).map(d -> d.label()).orElse(id), describe(theirs), by,
                describe(mine), theirs, mine);
    }

    /** A value as the store encoded it (null: not recorded). */
    static FindingValue decoded(String encoded) {
        return encoded == null ? null : ValueCodec.decode(encoded);
    }

    private static String describe(FindingValue value) {
        if (value == null) {
            return "not recorded";
        }
        if (value instanceof FindingValue.Flag flag) {
            return flag.value() ? "yes" : "no";
        }
        String encoded = ValueCodec.encode(value);
        return encoded.substring(encoded.indexOf(':') + 1);
    }
}
