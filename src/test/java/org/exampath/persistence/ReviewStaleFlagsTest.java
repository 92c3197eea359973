package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.text.FlagState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, finding 1: two app instances on one SQLite file. The store keeps a colleague's age (refused as a
 * conflict, or merged because this window did not touch it), but the red-flag state and leading hypothesis the
 * stale window worked out from ITS exam are written over the colleague's, so the encounter list (and its
 * "Flags without an action" filter) describes an exam the store does not hold.
 */
class ReviewStaleFlagsTest {
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private EncounterStore anna;
    private EncounterStore ben;

    @BeforeEach
    void open() {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        anna = new EncounterStore(annasApp, DatabaseTest.CLOCK);
        ben = new EncounterStore(bensApp, DatabaseTest.CLOCK);
    }

    @AfterEach
    void close() {
        bensApp.close();
        annasApp.close();
    }

    private static String flags(Exam exam) {
        return FlagState.of(TestKnowledge.ENGINE.assess(exam));
    }

    private Encounters.Row row(long id) {
        return anna.list("", 50).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anAgeRefusedAsAConflictStillHasTheStaleWindowsFlagsListed() {
        Exam start = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock").exam();
        long id = anna.create("Ida", "anna", start, "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        Exam annas = anna.load(id).orElseThrow().exam().withPatient(new Patient(72, Sex.FEMALE));
        anna.save(id, "Ida", annas, "anna", null, null, flags(annas));
        assertTrue(flags(annas).startsWith("soon") || flags(annas).startsWith("urgent"),
                "precondition: a woman of 72 with new pain raises the fracture flag: " + flags(annas));

        Exam bens = benSees.withPatient(new Patient(67, Sex.FEMALE));
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", bens, "ben", null, null, flags(bens)));

        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(72, stored.patient().age(), "anna's age stands");
        assertEquals(flags(stored), row(id).flags(), "the list names the flags of the exam stored, not of ben's refused age");
    }

    @Test
    void aStaleWindowThatChangedOnlyAFindingOverwritesTheFlagsOfAnAgeItNeverSaw() {
        Exam start = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock").exam();
        long id = anna.create("Ida", "anna", start, "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        Exam annas = anna.load(id).orElseThrow().exam().withPatient(new Patient(72, Sex.FEMALE));
        anna.save(id, "Ida", annas, "anna", null, null, flags(annas));

        Exam bens = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock", "history.aggravator.sitting").exam();
        assertEquals(benSees.patient(), bens.patient());
        ben.save(id, "Ida", bens, "ben", null, null, flags(bens));

        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(72, stored.patient().age(), "ben did not touch the age: anna's stands");
        assertEquals(flags(stored), row(id).flags(), "the list names the flags of the exam stored");
    }
}
