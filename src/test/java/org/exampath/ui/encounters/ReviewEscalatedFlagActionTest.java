package org.exampath.ui.encounters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.exampath.Exams;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, finding 3: an action recorded while cauda equina stood at urgent ("ask the bladder, saddle and sexual
 * questions") is counted as the action of the same flag once it stands at emergency (the answer was yes). The list
 * then says "action recorded" under EMERGENCY, and "Flags without an action" leaves the encounter out, though no
 * emergency action (same-day MRI, referral) was ever recorded.
 */
class ReviewEscalatedFlagActionTest {
    @TempDir
    Path dir;

    @Test
    void anActionRecordedAtUrgentDoesNotCountOnceTheFlagStandsAtEmergency() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, Clock.systemUTC());
            long id = store.create("Ida", "anna", Exams.of().exam(), "v", null);
            store.save(id, "Ida", Exams.of().yes("redflag.bilateral_leg_symptoms").exam(), "anna", null, null, "urgent: cauda_equina");
            store.acknowledge(id, "cauda_equina", "Asked to come back at once if bladder or saddle change; questions next", "anna")
                    .get();
            store.save(id, "Ida", Exams.of().yes("redflag.bilateral_leg_symptoms", "redflag.saddle_anaesthesia").exam(), "anna",
                    null, null, "emergency: cauda_equina");
            Encounters.Row row = store.list("", 10).get(0);
            assertEquals("emergency: cauda_equina", row.flags());
            assertTrue(FlagActionState.needsAction(row),
                    "an emergency with only an urgent-level action is listed as '" + FlagActionState.text(row) + "'");
        }
    }
}
