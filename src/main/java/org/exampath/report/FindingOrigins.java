package org.exampath.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exampath.reasoning.FollowUp;
import org.exampath.store.Encounters;

/**
 * Where each finding of a visit was recorded: the visit whose audit names an entry or confirmation of it, following a
 * finding that visit only carried over back along its follow-ups, and who made the last such entry (the clinician the
 * visit is recorded under when its audit names none: an import). A note names that visit and person for a carried
 * finding, never the last visit's clinician for what someone before them recorded.
 */
public final class FindingOrigins {
    /** Follow-up chains are short; this bounds a chain the store holds in a loop. */
    private static final int LONGEST = 500;

    private FindingOrigins() {
    }

    /** The origin of each finding of {@code visit}'s exam, read from {@code store} (off the JavaFX thread). */
    public static Map<String, CarriedFindings.Origin> of(Encounters store, Encounters.Encounter visit) {
        Map<Long, List<Encounters.AuditEntry>> audits = new HashMap<>();
        Map<String, CarriedFindings.Origin> out = new HashMap<>();
        for (String id : visit.exam().findings().keySet()) {
            out.put(id, origin(store, visit, id, audits));
        }
        return out;
    }

    private static CarriedFindings.Origin origin(Encounters store, Encounters.Encounter visit, String id,
                                                 Map<Long, List<Encounters.AuditEntry>> audits) {
        Encounters.Encounter at = enteredAt(store, visit, id, audits);
        if (at == null) {
            return new CarriedFindings.Origin(null, null);
        }
        List<Encounters.AuditEntry> entries = audits.computeIfAbsent(at.id(), store::audit).stream()
                .filter(e -> e.finding().equals(id)).toList();
        return at(at, entries.isEmpty() ? at.clinician() : entries.get(entries.size() - 1).clinician());
    }

    /**
     * The visit finding {@code id} of {@code visit} was entered at: {@code visit} itself, or the earlier visit its
     * follow-ups carried it over from (a duration moved forward on the way); null for a chain the store holds in a loop.
     * A follow-up moves the pain's duration forward from that visit's value (read off the JavaFX thread).
     */
    public static Encounters.Encounter enteredAt(Encounters store, Encounters.Encounter visit, String id) {
        return enteredAt(store, visit, id, new HashMap<>());
    }

    private static Encounters.Encounter enteredAt(Encounters store, Encounters.Encounter visit, String id,
                                                 Map<Long, List<Encounters.AuditEntry>> audits) {
        Encounters.Encounter at = visit;
        for (int step = 0; step < LONGEST; step++) {
            boolean entered = audits.computeIfAbsent(at.id(), store::audit).stream().anyMatch(e -> e.finding().equals(id));
            Encounters.Encounter before = entered || at.previousId() == null ? null : store.load(at.previousId()).orElse(null);
            if (before == null || !FollowUp.carries(id, before.exam().value(id), at.exam().value(id))) {
                return at;
            }
            at = before;
        }
        return null;
    }

    /**
     * Visit {@code e}, recorded {@code by}: dated as its record gives it (an import's file), else as its encounter is;
     * an import whose file recorded no date is not dated by the day of the import, which is kept apart.
     */
    private static CarriedFindings.Origin at(Encounters.Encounter e, String by) {
        if (e.undated()) {
            return new CarriedFindings.Origin(null, by, e.date());
        }
        return new CarriedFindings.Origin(e.recorded() == null ? e.date() : e.recorded().date().toString(), by);
    }
}
