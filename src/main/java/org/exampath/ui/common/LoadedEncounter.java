package org.exampath.ui.common;

import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * What opening an encounter reads off the JavaFX thread: the encounter, the red-flag actions stored for
 * it, for a follow-up the visit before (its exam and its actions; without one, null and empty) and the
 * visit before that one ({@code beforeLast}: the last visit's flags derived by progression are judged
 * against it; null when the last visit was not itself a follow-up), and the copies of actions an earlier
 * session left for it on this computer (empty without recovery copies), and who besides its examiner changed it,
 * as the store's audit names them ({@code changedBy}; ADR 8), the last visit's date ({@code lastDate}, null without
 * one; worded by {@link VisitDates#ofLastVisit} for an undated import) and where each of its findings was recorded, by
 * whom ({@code lastOrigins}; {@code origins}: the same for this encounter's own findings, which a follow-up of it carries
 * over), the findings the audit shows were entered or examined again in this encounter ({@code examined}) and its moves
 * that brought it to its patient from another patient's record, in words ({@code moves}, see {@link org.exampath.store.Attribution#moves}).
 */
record LoadedEncounter(Encounters.Encounter encounter, Exam last, Exam beforeLast, List<Encounters.Acknowledgement> actions,
                       List<Encounters.Acknowledgement> earlier, List<ActionCopies.Copy> left, List<String> changedBy,
                       String lastDate, java.util.Map<String, org.exampath.report.CarriedFindings.Origin> lastOrigins, java.util.Set<String> examined, List<String> moves,
                       java.util.Map<String, org.exampath.report.CarriedFindings.Origin> origins) {

    /** Reads encounter {@code id}; a missing one is a store error naming it. {@code copies} may be null. */
    static LoadedEncounter read(Encounters store, long id, ActionCopies copies) {
        return read(store, store.load(id).orElseThrow(() -> new StoreException("no encounter " + id)), copies);
    }

    /** Reads what goes with {@code e}, already loaded. {@code copies} may be null. */
    static LoadedEncounter read(Encounters store, Encounters.Encounter e, ActionCopies copies) {
        long id = e.id();
        Encounters.Encounter last = e.previousId() == null ? null : store.load(e.previousId()).orElse(null);
        List<Encounters.AuditEntry> audit = store.audit(id);
        return new LoadedEncounter(e, last == null ? null : last.exam(), examOf(store, last == null ? null : last.previousId()),
                store.acknowledgements(id), e.previousId() == null ? List.of() : store.acknowledgements(e.previousId()),
                copies == null ? List.of() : copies.leftoversFor(store, e),
                org.exampath.store.Attribution.others(e.recorded().clinician(), audit), last == null ? null : VisitDates.ofLastVisit(last),
                last == null ? java.util.Map.of() : org.exampath.report.FindingOrigins.of(store, last),
                audit.stream().map(Encounters.AuditEntry::finding).collect(java.util.stream.Collectors.toUnmodifiableSet()),
                org.exampath.store.Attribution.moves(e.patientLabel(), audit), org.exampath.report.FindingOrigins.of(store, e));
    }

    private static Exam examOf(Encounters store, Long id) {
        return id == null ? null : store.load(id).map(Encounters.Encounter::exam).orElse(null);
    }
}
