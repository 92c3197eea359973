package org.exampath.ui.encounters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An action counts for its flag only at the urgency it was recorded at or a lower one (review 27, finding 3), on a
 * real SQLite store read through {@code list()}. An action recorded while cauda equina stood at urgent ("come back
 * at once if the bladder or saddle changes") does not stand for it once it is an emergency: the list says so and
 * "Flags without an action" keeps the encounter. One recorded at emergency still counts once the flag is urgent. An
 * action stored before the stores kept its urgency counts only for a flag at soon.
 */
class EscalatedFlagActionTest {
    private static final String URGENT_ACTION = "Asked to come back at once if bladder or saddle change; questions next";

    @TempDir
    Path dir;

    @Test
    void anActionRecordedAtUrgentDoesNotCountOnceTheFlagStandsAtEmergency() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
            long id = store.create("Ida", "anna", Exams.of().exam(), "v", null);
            store.save(id, "Ida", Exams.of().yes("redflag.bilateral_leg_symptoms").exam(), "anna");
            store.acknowledge(id, "cauda_equina", URGENT_ACTION, "anna", null, null, "urgent").get();
            assertFalse(FlagActionState.needsAction(store.list("", 10).get(0)), "at urgent, the urgent action counts");

            store.save(id, "Ida", Exams.of().yes("redflag.bilateral_leg_symptoms", "redflag.saddle_anaesthesia").exam(), "anna");
            Encounters.Row row = store.list("", 10).get(0);
            assertEquals("emergency: cauda_equina", row.flags());
            assertTrue(FlagActionState.needsAction(row),
                    "an emergency with only an urgent-level action is listed as '" + FlagActionState.text(row) + "'");
            assertEquals("action recorded at urgent only", FlagActionState.text(row));

            store.acknowledge(id, "cauda_equina", "Sent to ED for same-day MRI", "anna", null, null, "emergency").get();
            assertEquals(FlagActionState.DONE, FlagActionState.text(store.list("", 10).get(0)));
            assertFalse(FlagActionState.needsAction(store.list("", 10).get(0)));
        }
    }

    @Test
    void anActionRecordedAtEmergencyStillCountsOnceTheFlagIsUrgent() {
        Encounters.Row row = row("urgent: cauda_equina", "cauda_equina:emergency");
        assertEquals(FlagActionState.DONE, FlagActionState.text(row));
        assertFalse(FlagActionState.needsAction(row));
    }

    @Test
    void eachFlagIsJudgedAtItsOwnUrgency() {
        Encounters.Row row = row("emergency: cauda_equina; soon: fracture", "fracture:soon,cauda_equina:urgent");
        assertEquals("action recorded for 1 of 2 flags", FlagActionState.text(row));
        assertTrue(FlagActionState.needsAction(row));
        assertEquals(FlagActionState.DONE, FlagActionState.text(row("emergency: cauda_equina; soon: fracture",
                "fracture:soon,cauda_equina:emergency")), "a soon-level action covers the flag at soon");
        assertTrue(FlagActionState.needsAction(row("emergency: cauda_equina, fracture", "fracture:soon,cauda_equina:emergency")),
                "a row listed before the urgencies were listed apart reads each flag at the row's urgency");
    }

    @Test
    void anActionWhoseLevelWasNotKeptCountsOnlyForAFlagAtSoon() {
        Encounters.Row urgent = row("urgent: cauda_equina", "cauda_equina");
        assertEquals("action recorded, level not known", FlagActionState.text(urgent));
        assertTrue(FlagActionState.needsAction(urgent), "it may have been recorded before the flag rose: not hidden");
        Encounters.Row soon = row("soon: fracture", "fracture");
        assertEquals(FlagActionState.DONE, FlagActionState.text(soon));
        assertFalse(FlagActionState.needsAction(soon), "soon is the lowest urgency an action is recorded at");
    }

    @Test
    void aRowWithNoFlagRaisedSaysNothing() {
        assertEquals("", FlagActionState.text(row("none (screen complete)", "cauda_equina:urgent")));
        assertFalse(FlagActionState.needsAction(row("none raised; screen 3 of 25 asked", null)));
        assertEquals(FlagActionState.NONE, FlagActionState.text(row("urgent: malignancy", null)));
    }

    private static Encounters.Row row(String flags, String actedOn) {
        return new Encounters.Row(1, "2026-11-28", "Ida", null, null, "open", "anna", null, flags, actedOn);
    }
}
