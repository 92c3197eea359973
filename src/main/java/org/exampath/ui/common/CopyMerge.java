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
                kept.add(conflict(knowledge, id, theirs, by(audit, id), mine));
            }
        }
        return new Exam(copy.patient(), copy.side(), findings, copy.record());
    }

    /**
     * {@code merged} with the encounter's own entries put onto those stored now as its findings are: the side, age, sex,
     * assessment and plan take the copy's value where the copy changed them from {@code base}, else the value stored now. One
     * someone else changed meanwhile to another value keeps theirs and is listed in {@code kept}: the copy's value is held
     * in the conflict panel until the clinician chooses, as a side, age, sex or text refused while editing is.
     */
    static Exam withEntries(Exam merged, Exam base, Exam copy, Exam now, List<Encounters.AuditEntry> audit,
                            List<FindingConflict> kept) {
        Exam out = new Exam(now.patient(), now.side(), merged.findings(), merged.record());
        for (String entry : HeldEntries.ALL) {
            out = HeldEntries.with(out, entry, entry(entry, HeldEntries.of(base, entry), HeldEntries.of(copy, entry),
                    HeldEntries.of(now, entry), audit, kept));
        }
        return out;
    }

    /** One entry's value: the copy's if it changed it from {@code was} and nobody else did, else the stored one. */
    private static String entry(String entry, String was, String mine, String theirs, List<Encounters.AuditEntry> audit,
                                List<FindingConflict> kept) {
        if (Objects.equals(mine, was) || Objects.equals(theirs, was) || Objects.equals(theirs, mine)) {
            return Objects.equals(mine, was) ? theirs : mine;
        }
        kept.add(FindingConflict.ofEntry(entry, theirs, by(audit, entry), mine));
        return theirs;
    }

    /** Who last changed {@code id} as the audit names them, else "someone else". */
    private static String by(List<Encounters.AuditEntry> audit, String id) {
        return audit.stream().filter(a -> a.finding().equals(id)).reduce((first, second) -> second)
                .map(Encounters.AuditEntry::clinician).orElse("someone else");
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
