package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.exampath.ListedSummaries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one SQLite file. The store keeps a colleague's age (refused as a conflict, or merged because
 * this window did not touch it), so the exam stored is not the one the stale window sent: the list's red-flag state and
 * leading hypothesis are those of the exam stored, worked out by the summariser the application gives the store, never
 * the stale window's (review 27, finding 1).
 */
class ListedSummaryOfStoredExamTest {
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
        anna = new EncounterStore(annasApp, DatabaseTest.CLOCK, ListedSummaries.by(TestKnowledge.ENGINE));
        ben = new EncounterStore(bensApp, DatabaseTest.CLOCK, ListedSummaries.by(TestKnowledge.ENGINE));
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

    /** Anna's age of 72 stands: a woman of 72 with new pain raises the fracture flag. */
    private long annaCorrectsTheAge() {
        Exam start = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock").exam();
        long id = anna.create("Ida", "anna", start, "v", null);
        ben.load(id);
        Exam annas = anna.load(id).orElseThrow().exam().withPatient(new Patient(72, Sex.FEMALE));
        anna.save(id, "Ida", annas, "anna");
        assertTrue(flags(annas).startsWith("soon") || flags(annas).startsWith("urgent"),
                "precondition: a woman of 72 with new pain raises the fracture flag: " + flags(annas));
        return id;
    }

    @Test
    void anAgeRefusedAsAConflictIsListedWithTheFlagsOfTheAgeStored() {
        long id = annaCorrectsTheAge();
        Exam bens = Exams.of().patient(67, Sex.FEMALE).yes("history.region.deep_mid_buttock").exam();
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", bens, "ben"));

        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(72, stored.patient().age(), "anna's age stands");
        assertEquals(flags(stored), row(id).flags(), "the list names the flags of the exam stored, not of ben's refused age");
    }

    @Test
    void aStaleWindowThatChangedOnlyAFindingIsListedWithTheFlagsOfTheAgeItNeverSaw() {
        long id = annaCorrectsTheAge();
        Exam bens = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock", "history.aggravator.sitting").exam();
        ben.save(id, "Ida", bens, "ben");

        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(72, stored.patient().age(), "ben did not touch the age: anna's stands");
        assertEquals(flags(stored), row(id).flags(), "the list names the flags of the exam stored");
        assertEquals(ListedSummaries.of(TestKnowledge.ENGINE.assess(stored)).leading(), row(id).leading(),
                "and its leading hypothesis, not the one ben's window sent");
    }

    @Test
    void aFollowUpIsListedWithTheProgressionFromItsLastVisitAsStored() {
        long last = anna.create("Ida", "anna", Exams.of().is("neuro.myotome.L5", "normal").exam(), "v", null);
        Exam lastVisit = anna.load(last).orElseThrow().exam();
        long id = anna.create("Ida", "anna", lastVisit, "v", last);
        ben.load(id);
        Exam weak = anna.load(id).orElseThrow().exam().with("neuro.myotome.L5", new org.exampath.domain.FindingValue.Choice("weak"));
        anna.save(id, "Ida", weak, "anna");

        // ben's stale window adds a finding: the weakness anna found stays, and with it the progression since the last visit
        ben.save(id, "Ida", lastVisit.with("history.aggravator.sitting", org.exampath.domain.FindingValue.Flag.YES), "ben");
        Exam stored = anna.load(id).orElseThrow().exam();
        String listed = row(id).flags();
        assertEquals(FlagState.of(TestKnowledge.ENGINE.assess(stored, lastVisit)), listed);
        assertTrue(listed.contains("progressive_neuro_deficit"), listed);
    }

    @Test
    void aStoreWithoutASummariserListsNoSummaryForAnExamItSaves() {
        long id = annaCorrectsTheAge();
        EncounterStore bare = new EncounterStore(bensApp, DatabaseTest.CLOCK);
        bare.load(id);
        Exam annas = anna.load(id).orElseThrow().exam();
        anna.save(id, "Ida", annas.withPatient(new Patient(73, Sex.FEMALE)), "anna");
        bare.save(id, "Ida", annas.with("history.aggravator.sitting", org.exampath.domain.FindingValue.Flag.YES), "ben");
        assertNull(row(id).flags(), "not recorded, rather than the flags of an exam that is not stored");
        assertNull(row(id).leading());

        Exam stored = anna.load(id).orElseThrow().exam();
        bare.save(id, "Ida", stored, "ben");
        assertNull(row(id).flags(), "nor for the exam as stored: the window sends no summary, and this store works out none");
        assertNull(row(id).leading());
    }
}
