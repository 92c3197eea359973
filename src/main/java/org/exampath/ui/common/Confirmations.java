package org.exampath.ui.common;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;

/**
 * On the autosave queue thread: a finding's answer chosen again, the same as it stands, recorded as confirmed in the
 * encounter shown (see {@link Autosave#confirm}); a confirmation the store refuses for a colleague's change is shown as a
 * save's conflict is.
 */
final class Confirmations {
    private final Encounters store;
    private final KnownEncounters known;
    private final StatusLine statusLine;
    private final HeldConflicts conflicts;
    private final ShownEncounter shownEncounter;
    private final Supplier<Long> writerId;
    private final LongSupplier fxGeneration;

    /** {@code writerId}: the encounter the exam shown is stored into (queue thread); {@code fxGeneration}: the exam shown's. */
    Confirmations(Encounters store, KnownEncounters known, StatusLine statusLine, HeldConflicts conflicts,
                  ShownEncounter shownEncounter, Supplier<Long> writerId, LongSupplier fxGeneration) {
        this.store = store;
        this.known = known;
        this.statusLine = statusLine;
        this.conflicts = conflicts;
        this.shownEncounter = shownEncounter;
        this.writerId = writerId;
        this.fxGeneration = fxGeneration;
    }

    /**
     * Confirms {@code finding}, valued {@code shown} in exam {@code generation}, in {@code who}'s name, once the exam shown
     * is stored. Any refusal but a colleague's change is dropped (the finding keeps its value; only its mark may come back).
     */
    void confirm(long generation, String who, String finding, FindingValue shown) {
        Long stored = writerId.get();
        if (stored != null) {
            long target = stored;
            try {
                store.confirm(target, who, finding);
            } catch (SaveConflict conflict) {
                refused(generation, target, shown, conflict);
            } catch (StoreException e) {
                // nothing the clinician typed is lost: the value is stored; the "from last visit" mark may return
            }
        }
    }

    /**
     * The store refused a confirmation of {@code shown} because a colleague changed the finding since this window read it.
     * Their value stands, as after a save's conflict: it is what this window knows stored, the form shows it where it still
     * shows the value confirmed (its next save then sends the stored value, so a value entered after that is this
     * clinician's deliberate change), and the panel under the steps names both values and who set theirs. Nothing was
     * written in this clinician's name.
     */
    private void refused(long generation, long target, FindingValue shown, SaveConflict conflict) {
        for (var c : conflict.conflicts()) {
            Exam last = known.lastStored(target);
            if (last != null) {
                known.stored(target, last.with(c.finding(), CopyMerge.decoded(c.theirs())));
            }
        }
        List<Encounters.AuditEntry> audit = ShownEncounter.auditNow(store, target);
        statusLine.onFx(() -> {
            if (generation != fxGeneration.getAsLong()) {
                return;
            }
            shownEncounter.refused(audit, conflict);
            conflicts.showUnconfirmed(conflict, shown);
            statusLine.show(RefusalLines.notConfirmed(conflict));
        });
    }
}
