package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.exampath.store.StoreException;

/** Encounters against a real SQLite file: round trips, the audit, search, acknowledgements, all-or-nothing batches. */
class EncounterStoreTest {
    @TempDir
    Path dir;

    private Database db;
    private EncounterStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("exampath.db"));
        store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachEncounterKeepsTheSexItsOwnExamRecorded() {
        long first = store.create("Bo", "anna", Exams.of().patient(40, Sex.MALE).exam(), "v", null);
        long second = store.create("Bo", "anna", Exams.of().exam().withPatient(new org.exampath.domain.Patient(null, null)), "v", null);
        assertEquals(Sex.MALE, store.load(first).orElseThrow().exam().patient().sex());
        assertEquals(null, store.load(second).orElseThrow().exam().patient().sex(), "not the patient's sex from the other visit");
        store.save(second, "Bo", Exams.of().patient(40, Sex.MALE).exam(), "anna");
        assertEquals(Sex.MALE, store.load(second).orElseThrow().exam().patient().sex(), "entered on this visit later: kept");
    }

    @Test
    void anImportThatRecordsNoVisitDateIsListedUnderItsDayButRecordsNone() {
        Exam undated = Exams.of().exam().withRecord(org.exampath.domain.ExamRecord.NONE.withClinician("Dr Kemi Adeyemi"));
        long id = store.importAll(List.of(new EncounterStore.NewEncounter("Cy", undated, null, null)), "", "v").get(0).id();
        EncounterStore.Encounter back = store.load(id).orElseThrow();
        assertEquals("2026-11-26", back.date(), "listed under the day it was imported");
        assertEquals(org.exampath.domain.ExamRecord.NONE.withLabel("Cy").withClinician("Dr Kemi Adeyemi"), back.recorded(),
                "the visit's record: its label and examiner, and no date");
        long made = store.create("Di", "anna", Exams.of().exam(), "v", null);
        assertEquals(java.time.LocalDate.parse("2026-11-26"), store.load(made).orElseThrow().recorded().date(),
                "an encounter made in the window is dated with its visit");
    }

    @Test
    void aStoreFromVersionSixKeepsReadingEachEncounterWithItsPatientsSex() throws Exception {
        db.close();
        Path old = dir.resolve("v6.db");
        try (var c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 6)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 6");
            s.execute("INSERT INTO patient (label, sex) VALUES ('P-1', 'female')");
            s.execute("INSERT INTO encounter (patient_id, date, knowledge_version, updated_at) VALUES (1, '2026-01-02', 'v', 'x')");
        }
        db = Database.open(old);
        store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        assertEquals(Sex.FEMALE, store.load(1).orElseThrow().exam().patient().sex());
        assertEquals(java.time.LocalDate.parse("2026-01-02"), store.load(1).orElseThrow().recorded().date());
    }

    @Test
    void anExamRoundTripsExactly() {
        Exam exam = Exams.of().patient(52, Sex.FEMALE).side(Side.LEFT).yes("history.region.lateral_hip").no("redflag.cancer_history")
                .count("history.nrs_now", 6).is("palpation.greater_trochanter", "familiar")
                .strength("strength.hip_abduction", 4, "familiar").exam();
        long id = store.create("P-0142", "anna", exam, "2026.11.1", null);
        EncounterStore.Encounter back = store.load(id).orElseThrow();
        assertEquals(exam, back.exam());
        assertEquals("P-0142", back.patientLabel());
        assertEquals("2026-11-26", back.date());
        assertEquals("2026.11.1", back.knowledgeVersion());
    }

    @Test
    void anImportedExamIsTheEncounterOfTheClinicianItsFileRecordsNotTheImporters() {
        Exam byRuth = Exams.of().is("nerve.slump", "positive").yes("history.aggravator.sitting").exam();
        byRuth = byRuth.withRecord(byRuth.record().withClinician("Dr Ruth Example"));
        Exam unnamed = Exams.of().is("nerve.slump", "negative").exam();
        List<Long> ids = store.createAll(List.of(new org.exampath.store.Encounters.NewEncounter("P-ruth", byRuth, null, null),
                new org.exampath.store.Encounters.NewEncounter("P-none", unnamed, null, null)), "anna", "v");

        assertEquals("Dr Ruth Example", store.load(ids.get(0)).orElseThrow().clinician());
        assertEquals("Dr Ruth Example", store.list("P-ruth", 5).get(0).clinician(), "as listed");
        assertEquals(List.of("Dr Ruth Example", "Dr Ruth Example"),
                store.audit(ids.get(0)).stream().map(EncounterStore.AuditEntry::clinician).toList(),
                "her findings are audited in her name, none in the importer's");
        assertEquals("", store.load(ids.get(1)).orElseThrow().clinician(),
                "a file naming no clinician: the encounter names none (the importer did not examine)");
        assertEquals(null, store.load(ids.get(1)).orElseThrow().recorded().clinician());
        assertEquals(List.of("anna"), store.audit(ids.get(1)).stream().map(EncounterStore.AuditEntry::clinician).toList(),
                "its findings were put in the store by the importer, and the audit says so");
        store.save(ids.get(0), null, byRuth.with("nerve.slump", new FindingValue.Choice("negative")), "anna");
        assertEquals("anna", store.audit(ids.get(0)).get(2).clinician(), "what anna changes later is hers");
    }

    @Test
    void everyChangeIsAuditedAndTheAuditIsAppendOnly() throws Exception {
        long id = store.create("P-1", "anna", Exams.of().exam(), "v", null);
        store.save(id, "P-1", Exams.of().is("nerve.slump", "positive").exam(), "anna");
        store.save(id, "P-1", Exams.of().is("nerve.slump", "negative").exam(), "ben");
        store.save(id, "P-1", Exams.of().exam(), "ben");
        List<EncounterStore.AuditEntry> audit = store.audit(id);
        assertEquals(3, audit.size());
        assertEquals(new EncounterStore.AuditEntry("2026-11-26T10:15:30Z", "anna", "nerve.slump", null,
                new FindingValue.Choice("positive")), audit.get(0));
        assertEquals(new FindingValue.Choice("positive"), audit.get(1).oldValue());
        assertEquals("ben", audit.get(1).clinician());
        assertEquals(null, audit.get(2).newValue());
        assertThrows(StoreException.class, () -> db.write(c -> c.createStatement().executeUpdate("UPDATE audit SET clinician = 'x'")));
        assertThrows(StoreException.class, () -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM audit")));
        assertEquals(3, store.audit(id).size());
    }

    @Test
    void savingOnlyWritesWhatChanged() {
        long id = store.create("P-1", "anna", Exams.of().is("nerve.slr", "negative").exam(), "v", null);
        assertEquals(0, store.save(id, "P-1", Exams.of().is("nerve.slr", "negative").exam(), "anna"));
        assertEquals(1, store.save(id, "P-1", Exams.of().is("nerve.slr", "negative").yes("redflag.fever_or_unwell").exam(),
                "anna"));
    }

    @Test
    void searchFindsByLabelDateAndLeadingHypothesis() {
        long a = store.create("P-0142", "anna", Exams.of().exam(), "v", null);
        long b = store.create("Q-77", "anna", Exams.of().exam(), "v", null);
        org.exampath.domain.Exam radicular = Exams.of().is("nerve.slr", "positive").is("nerve.slump", "positive").exam();
        store.save(a, "P-0142", Exams.of().exam(), "anna");
        store.save(b, "Q-77", radicular, "anna");
        // listed with the leading hypothesis the store works out of each exam stored
        String leading = org.exampath.TestKnowledge.SUMMARISER.of(radicular, null).leading();
        assertNotEquals(org.exampath.TestKnowledge.SUMMARISER.of(Exams.of().exam(), null).leading(), leading, "precondition");
        assertEquals(List.of(a), store.list("0142", 10).stream().map(EncounterStore.Row::id).toList());
        assertEquals(List.of(b), store.list(leading, 10).stream().map(EncounterStore.Row::id).toList());
        assertEquals(List.of(b, a), store.list("2026-11", 10).stream().map(EncounterStore.Row::id).toList());
        assertEquals(List.of(), store.list("100%_", 10));
    }

    @Test
    void aBatchIsAllOrNothing() {
        List<EncounterStore.NewEncounter> batch = List.of(
                new EncounterStore.NewEncounter("fine", Exams.of().exam(), null, null),
                new EncounterStore.NewEncounter("x".repeat(201), Exams.of().exam(), null, null));
        assertThrows(StoreException.class, () -> store.createAll(batch, "anna", "v"));
        assertEquals(0, store.count());
    }

    @Test
    void redFlagActionsAreRecorded() {
        long id = store.create("P-1", "anna", Exams.of().yes("redflag.saddle_anaesthesia").exam(), "v", null);
        store.acknowledge(id, "cauda_equina", "Sent to ED for same-day MRI", "anna").join();
        assertEquals(List.of(new EncounterStore.Acknowledgement("cauda_equina", "Sent to ED for same-day MRI",
                "2026-11-26T10:15:30Z", "anna")), store.acknowledgements(id));
        assertTrue(store.acknowledge(id, "cauda_equina", " ", "anna").isCompletedExceptionally());
    }

    @Test
    void theLastOpenEncounterIsWhereTheAppResumes() {
        long a = store.create("P-1", "anna", Exams.of().exam(), "v", null);
        long b = store.create("P-2", "anna", Exams.of().exam(), "v", null);
        assertEquals(b, store.lastOpen().orElseThrow());
        store.close(b);
        assertEquals(a, store.lastOpen().orElseThrow());
    }
}
