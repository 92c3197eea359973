package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of record keeping (REVIEW-records.md): paths through the SQLite store that lose, refuse or misattribute
 * a clinical record. Each test fails on the code as reviewed and states what should hold.
 */
class ReviewRecordsTest {
    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** A clock whose instant the test moves, as the days go by between two visits. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(String instant) {
            now = Instant.parse(instant);
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Exam dated(Exam exam, String date, String clinician) {
        return exam.withRecord(ExamRecord.NONE.withDate(LocalDate.parse(date)).withClinician(clinician));
    }

    /**
     * Finding 1. Two exam files of one patient six years apart, each with the age on its own visit day: the birth
     * year is worked out from today's year, not the visit's, so the older file gives 1986 and the newer 1980 and the
     * second import is refused as "a different birth year" though it is the same person, correctly recorded.
     */
    @Test
    void importingTwoDatedVisitsOfOnePatientYearsApartIsNotRefusedAsAnotherPatient() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam in2020 = dated(Exams.of().patient(40, Sex.FEMALE).is("nerve.slump", "positive").exam(), "2020-06-01", "Dr A");
        Exam in2026 = dated(Exams.of().patient(46, Sex.FEMALE).is("nerve.slump", "negative").exam(), "2026-06-01", "Dr A");
        store.importAll(List.of(new Encounters.NewEncounter("Ruth K", in2020, null, null, "k-2020")), "", "v");
        assertDoesNotThrow(() -> store.importAll(List.of(new Encounters.NewEncounter("Ruth K", in2026, null, null, "k-2026")),
                "", "v"), "the same woman, 40 in 2020 and 46 in 2026, is one patient");
        assertEquals(2, store.count());
    }

    /**
     * Finding 2. A visit stored in 2024 (age 40) is opened in 2026 and only its plan is corrected: the save works the
     * birth year out again from today's year and the unchanged age, moves the patient's birth year by two years and
     * writes a "patient.birth_year" audit row in the name of the clinician, who entered no age.
     */
    @Test
    void correctingThePlanOfAnOldVisitWritesNoBirthYearChangeInTheClinicianName() {
        MovingClock clock = new MovingClock("2024-03-01T09:00:00Z");
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, clock, org.exampath.TestKnowledge.SUMMARISER);
        Exam visit = Exams.of().patient(40, Sex.MALE).is("nerve.slump", "positive").exam();
        long id = store.create("Tom B", "anna", visit, "v", null);
        store.save(id, "Tom B", visit, "anna");
        clock.set("2026-11-28T09:00:00Z");
        Exam loaded = store.load(id).orElseThrow().exam();
        store.save(id, null, loaded.withRecord(loaded.record().withPlan("review in 6 weeks")), "ben");
        List<Encounters.AuditEntry> byBen = store.audit(id).stream().filter(a -> "ben".equals(a.clinician())).toList();
        assertTrue(byBen.stream().noneMatch(a -> a.finding().startsWith("patient.")),
                "ben changed only the plan; the audit says he changed: " + byBen);
    }

    /**
     * Finding 3. Two windows (or two app instances) on one SQLite file with the same encounter open: anna records
     * a positive slump test; ben's window, opened before, then saves its own entry. His save carries the exam as
     * his window last read it, the store diffs it against the stored findings, deletes anna's finding and audits
     * the deletion as ben's: a finding lost and a change he never made written in his name.
     */
    @Test
    void aSecondWindowsSaveNeitherClearsAColleaguesFindingNorAuditsItInTheirName() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benOpened = store.load(id).orElseThrow().exam();
        store.save(id, "Ida", Exams.of().is("nerve.slump", "positive").exam(), "anna");
        store.save(id, "Ida", benOpened.with("history.quality.burning", FindingValue.Flag.YES), "ben");
        Exam stored = store.load(id).orElseThrow().exam();
        List<Encounters.AuditEntry> byBen = store.audit(id).stream().filter(a -> "ben".equals(a.clinician())).toList();
        assertTrue(byBen.stream().noneMatch(a -> a.finding().equals("nerve.slump")),
                "ben never touched the slump test; the audit says: " + byBen);
        assertEquals(new FindingValue.Choice("positive"), stored.value("nerve.slump"), "anna's finding is still stored");
    }

    /**
     * Finding 7. Restore puts back the audit rows written since the backup, including those of encounters the
     * restore takes away; encounter ids are not AUTOINCREMENT, so the next new encounter (another patient) takes
     * the id of the one taken away and its audit lists ben's entries for that other patient as this visit's.
     */
    @Test
    void anEncounterMadeAfterARestoreDoesNotInheritTheAuditOfOneTheRestoreTookAway() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        store.create("P-1", "anna", Exams.of().exam(), "v", null);
        db.backup();
        long takenAway = store.create("Zed", "ben", Exams.of().yes("history.quality.burning").exam(), "v", null);
        db.restoreFromBackup("carol");
        long next = store.create("Yan", "anna", Exams.of().exam(), "v", null);
        assertEquals(List.of(), store.audit(next).stream().map(a -> a.clinician() + " " + a.finding()).toList(),
                "Yan's new, empty visit (id " + next + ", the restore took away " + takenAway + ") has an audit of its own");
    }

    /**
     * Finding 8. A red-flag action recorded after the rolling backup (the emergency's "Sent to ED") is gone after
     * File → Restore the last backup: the restore puts back the audit and the store events written since, not
     * the red-flag actions, and says nothing of them.
     */
    @Test
    void aRedFlagActionRecordedSinceTheBackupIsKeptByARestore() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-1", "anna", Exams.of().yes("redflag.saddle_anaesthesia").exam(), "v", null);
        db.backup();
        store.acknowledge(id, "cauda_equina", "Sent to ED by ambulance", "anna").join();
        db.restoreFromBackup("carol");
        assertEquals(List.of("Sent to ED by ambulance"), store.acknowledgements(id).stream().map(Encounters.Acknowledgement::action)
                .toList(), "what was done about the emergency is still on record for the encounter the backup holds");
    }

    /**
     * Finding 11. "José" typed in the window (NFC, é one code point) and "José" in an exam file written on a Mac
     * (NFD, e and a combining accent) look the same everywhere but are two patients: the label is compared as
     * stored, never normalised. The imported visit is not found when the clinician searches the name as typed, and
     * the patient clash check (sex, birth year) is skipped, so one person's record is split in two.
     */
    @Test
    void aLabelTypedAndTheSameLabelFromAMacFileAreOnePatient() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        store.create("Jos\u00e9 Ruiz", "anna", Exams.of().patient(50, Sex.MALE).exam(), "v", null);
        Exam fromMac = dated(Exams.of().patient(50, Sex.MALE).is("nerve.slump", "positive").exam(), "2026-11-01", "Dr A");
        store.importAll(List.of(new Encounters.NewEncounter("Jose\u0301 Ruiz", fromMac, null, null, "k-mac")), "", "v");
        assertEquals(2, store.list("Jos\u00e9", 10).size(), "searching the name as typed finds both of his visits: "
                + store.list("", 10).stream().map(Encounters.Row::patientLabel).toList());
    }

    /**
     * Finding 17. A follow-up started from the wrong row of the encounter list (Ruth Kay's visit for Ruth Kaye), and
     * relabelled to the right patient, moves to that patient but keeps {@code previous_id} on the other patient's
     * visit: the window and {@code report ID} then judge progression, and list "the last visit's" flags and
     * actions, from another person's exam.
     */
    @Test
    void aFollowUpMovedToAnotherPatientNoLongerNamesTheOtherPatientsVisitAsItsLast() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam ruthKay = Exams.of().strength("strength.hip_abduction", 5, "none").exam();
        long first = store.create("Ruth Kay", "anna", ruthKay, "v", null);
        long followUp = store.create("Ruth Kay", "anna", ruthKay, "v", first);
        store.save(followUp, "Ruth Kaye", Exams.of().strength("strength.hip_abduction", 3, "none").exam(), "anna");
        Encounters.Encounter moved = store.load(followUp).orElseThrow();
        assertEquals("Ruth Kaye", moved.patientLabel(), "sanity: the visit is now Ruth Kaye's");
        Long previous = moved.previousId();
        assertTrue(previous == null || "Ruth Kaye".equals(store.load(previous).orElseThrow().patientLabel()),
                "Ruth Kaye's visit names Ruth Kay's visit " + previous + " as its last one");
    }

    /**
     * Finding 18. Moving an encounter to another patient (a new label in the header) and changing the side leave no
     * audit row: ben moves anna's exam of Ruth Kay to Ruth Kaye and from the left to the right buttock, and the
     * audit of the encounter says nobody changed anything.
     */
    @Test
    void movingAnEncounterToAnotherPatientOrSideIsAudited() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam left = Exams.of().side(org.exampath.domain.Side.LEFT).is("nerve.slump", "positive").exam();
        long id = store.create("Ruth Kay", "anna", left, "v", null);
        store.save(id, "Ruth Kay", left, "anna");
        store.save(id, "Ruth Kaye", left.withSide(org.exampath.domain.Side.RIGHT), "ben");
        assertEquals("Ruth Kaye", store.load(id).orElseThrow().patientLabel(), "sanity: moved");
        List<String> byBen = store.audit(id).stream().filter(a -> "ben".equals(a.clinician())).map(Encounters.AuditEntry::finding)
                .toList();
        assertEquals(2, byBen.size(), "ben moved the encounter to another patient and another side; the audit says: " + byBen);
    }
}
