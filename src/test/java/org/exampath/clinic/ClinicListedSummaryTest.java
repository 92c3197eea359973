package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.text.FlagState;
import org.exampath.ListedSummaries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clinic store lists an encounter with the summary (red-flag state, leading hypothesis) of the exam it stores after
 * {@code save_encounter} merged a colleague's entries, worked out in the save's transaction, never the summary a stale
 * window sent with an exam that is not stored (review 27, finding 1). Both the one-statement save and the one that works
 * the patient out again are covered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicListedSummaryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam START = Exams.of().patient(66, Sex.FEMALE).yes("history.region.deep_mid_buttock").exam();
    private PgTestServer server;
    private String anna;
    private String ben;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        ben = server.newMember("ben", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private ClinicEncounterStore storeOf(String login) {
        return new ClinicEncounterStore(server.as(login), CLOCK, ListedSummaries.by(TestKnowledge.ENGINE));
    }

    private static String flags(Exam exam) {
        return FlagState.of(TestKnowledge.ENGINE.assess(exam));
    }

    private static Encounters.Row row(Encounters store, long id) {
        return store.list("", 200).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Anna corrects the age to 72: a woman of 72 with new pain raises the fracture flag. */
    private static void correctAge(ClinicEncounterStore a, long id, String label) {
        Exam annas = a.load(id).orElseThrow().exam().withPatient(new Patient(72, Sex.FEMALE));
        a.save(id, label, annas, "x");
        assertTrue(flags(annas).startsWith("soon") || flags(annas).startsWith("urgent"), flags(annas));
    }

    @Test
    void anAgeRefusedAsAConflictIsListedWithTheFlagsOfTheAgeStored() {
        try (ClinicEncounterStore a = storeOf(anna); ClinicEncounterStore b = storeOf(ben)) {
            long id = a.create("Listed refused", "x", START, "v", null, "listed-refused");
            Exam benSees = b.load(id).orElseThrow().exam();
            correctAge(a, id, "Listed refused");
            Exam bens = benSees.withPatient(new Patient(67, Sex.FEMALE));
            assertThrows(SaveConflict.class, () -> b.save(id, "Listed refused", bens, "x"));

            Exam stored = a.load(id).orElseThrow().exam();
            assertEquals(72, stored.patient().age(), "anna's age stands");
            assertEquals(flags(stored), row(a, id).flags(), "the list names the flags of the exam stored");
        }
    }

    @Test
    void aOneStatementSaveOfAFindingIsListedWithTheFlagsOfTheAgeItNeverSaw() {
        try (ClinicEncounterStore a = storeOf(anna); ClinicEncounterStore b = storeOf(ben)) {
            long id = a.create("Listed merged", "x", START, "v", null, "listed-merged");
            Exam benSees = b.load(id).orElseThrow().exam();
            // ben's first save works the patient out; his next is the one-statement save
            b.save(id, "Listed merged", benSees, "x");
            correctAge(a, id, "Listed merged");
            Exam bens = benSees.with("history.aggravator.sitting", FindingValue.Flag.YES);
            b.save(id, "Listed merged", bens, "x");

            Exam stored = a.load(id).orElseThrow().exam();
            assertEquals(72, stored.patient().age(), "ben did not touch the age: anna's stands");
            assertEquals(FindingValue.Flag.YES, stored.findings().get("history.aggravator.sitting"), "ben's finding is kept");
            Encounters.Row listed = row(a, id);
            assertEquals(flags(stored), listed.flags(), "the list names the flags of the exam stored");
            assertEquals(ListedSummaries.of(TestKnowledge.ENGINE.assess(stored)).leading(), listed.leading(),
                    "and its leading hypothesis, not the one ben's window sent");
        }
    }

    @Test
    void aFollowUpIsListedWithTheProgressionFromItsLastVisitAsStored() {
        try (ClinicEncounterStore a = storeOf(anna); ClinicEncounterStore b = storeOf(ben)) {
            long last = a.create("Listed follow-up", "x", Exams.of().is("neuro.myotome.L5", "normal").exam(), "v", null,
                    "listed-last");
            Exam lastVisit = a.load(last).orElseThrow().exam();
            long id = a.create("Listed follow-up", "x", lastVisit, "v", last, "listed-follow-up");
            Exam benSees = b.load(id).orElseThrow().exam();
            Exam weak = a.load(id).orElseThrow().exam().with("neuro.myotome.L5", new FindingValue.Choice("weak"));
            a.save(id, "Listed follow-up", weak, "x");

            // ben's stale window still holds the normal myotome the follow-up carried over, which he never touched: no
            // conflict, and the clinic keeps anna's weakness
            Exam bens = benSees.with("history.aggravator.sitting", FindingValue.Flag.YES);
            b.save(id, "Listed follow-up", bens, "x");
            Exam stored = a.load(id).orElseThrow().exam();
            String listed = row(a, id).flags();
            assertEquals(FlagState.of(TestKnowledge.ENGINE.assess(stored, lastVisit)), listed);
            assertTrue(listed.contains("progressive_neuro_deficit"), listed);
        }
    }

    /**
     * A save sends the summary of its exam worked out with the last visit this client saw, so that the row needs no
     * second write when it stands; a colleague's change to that last visit since must still be read.
     */
    @Test
    void aFollowUpIsListedWithItsLastVisitAsAColleagueLeftIt() {
        try (ClinicEncounterStore a = storeOf(anna); ClinicEncounterStore b = storeOf(ben)) {
            long last = a.create("Listed last changed", "x", Exams.of().is("neuro.myotome.L5", "normal").exam(), "v", null,
                    "listed-last-changed");
            Exam lastAsAnnaSawIt = a.load(last).orElseThrow().exam();
            long id = a.create("Listed last changed", "x", lastAsAnnaSawIt, "v", last, "listed-follow-up-changed");
            Exam weak = a.load(id).orElseThrow().exam().with("neuro.myotome.L5", new FindingValue.Choice("weak"));
            a.save(id, "Listed last changed", weak, "x");
            assertEquals(FlagState.of(TestKnowledge.ENGINE.assess(weak, lastAsAnnaSawIt)), row(a, id).flags());

            // ben records that the weakness was already there at the last visit: nothing progressed
            Exam lastAsBenLeftIt = b.load(last).orElseThrow().exam().with("neuro.myotome.L5", new FindingValue.Choice("weak"));
            b.save(last, "Listed last changed", lastAsBenLeftIt, "x");
            a.save(id, "Listed last changed", weak.with("history.aggravator.sitting", FindingValue.Flag.YES), "x");

            Exam stored = a.load(id).orElseThrow().exam();
            String listed = row(a, id).flags();
            assertEquals(FlagState.of(TestKnowledge.ENGINE.assess(stored, b.load(last).orElseThrow().exam())), listed);
            assertNotEquals(FlagState.of(TestKnowledge.ENGINE.assess(stored, lastAsAnnaSawIt)), listed,
                    "the weakness is no longer new since the last visit as stored, so the flags differ from anna's view");
        }
    }

    @Test
    void aStoreWithoutASummariserListsNoSummaryForAnExamItSaves() {
        try (ClinicEncounterStore a = storeOf(anna); ClinicEncounterStore bare = new ClinicEncounterStore(server.as(ben), CLOCK)) {
            long id = a.create("Listed bare", "x", START, "v", null, "listed-bare");
            Exam benSees = bare.load(id).orElseThrow().exam();
            correctAge(a, id, "Listed bare");
            bare.save(id, "Listed bare", benSees.with("history.aggravator.sitting", FindingValue.Flag.YES), "x");
            assertNull(row(a, id).flags(), "not recorded, rather than the flags of an exam that is not stored");
            assertNull(row(a, id).leading());

            Exam stored = a.load(id).orElseThrow().exam();
            bare.save(id, "Listed bare", stored, "x");
            assertNull(row(a, id).flags(), "nor for the exam as stored: the window sends no summary, and this store works out none");
            assertNull(row(a, id).leading());
        }
    }
}
