package org.exampath.ui.common;

import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * What opening an encounter reads off the JavaFX thread: the encounter, the red-flag actions stored for
 * it, for a follow-up the visit before (its exam and its actions; without one, null and empty), and the
 * copies of actions an earlier session left for it on this computer (empty without recovery copies).
 */
record LoadedEncounter(Encounters.Encounter encounter, Exam last, List<Encounters.Acknowledgement> actions,
                       List<Encounters.Acknowledgement> earlier, List<ActionCopies.Copy> left) {

    /** Reads encounter {@code id}; a missing one is a store error naming it. {@code copies} may be null. */
    static LoadedEncounter read(Encounters store, long id, ActionCopies copies) {
        return read(store, store.load(id).orElseThrow(() -> new StoreException("no encounter " + id)), copies);
    }

    /** Reads what goes with {@code e}, already loaded. {@code copies} may be null. */
    static LoadedEncounter read(Encounters store, Encounters.Encounter e, ActionCopies copies) {
        long id = e.id();
        return new LoadedEncounter(e, e.previousId() == null ? null
                : store.load(e.previousId()).map(Encounters.Encounter::exam).orElse(null), store.acknowledgements(id),
                e.previousId() == null ? List.of() : store.acknowledgements(e.previousId()),
                copies == null ? List.of() : copies.leftoversFor(store, e));
    }
}
