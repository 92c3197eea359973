package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves from a stale window, ids after a restore and labels in two Unicode forms, on a real SQLite file. */
class StaleSaveAndRestoreTest {
    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void twoAppInstancesOnOneFileKeepEachOthersFindingsAndPlan() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        Exam annas = Exams.of().is("nerve.slump", "positive").exam();
        anna.save(id, "Ida", annas.withRecord(annas.record().withPlan("refer")), "anna");
        ben.save(id, "Ida", benSees.with("history.quality.burning", FindingValue.Flag.YES), "ben");
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(new FindingValue.Choice("positive"), stored.value("nerve.slump"));
        assertEquals(FindingValue.Flag.YES, stored.value("history.quality.burning"));
        assertEquals("refer", stored.record().plan(), "ben did not touch the plan, so anna's stands");
        assertEquals(List.of("anna nerve.slump", "anna encounter.plan", "ben history.quality.burning"),
                anna.audit(id).stream().map(a -> a.clinician() + " " + a.finding()).toList(), "anna's plan is hers in the audit too");
    }

    @Test
    void aFindingBothWindowsChangedKeepsTheColleaguesValueAndSaysSo() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", Exams.of().is("nerve.slump", "positive").exam(), "anna");
        SaveConflict conflict = assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", benSees
                .with("nerve.slump", new FindingValue.Choice("negative")).with("history.quality.burning", FindingValue.Flag.YES),
                "ben"));
        assertEquals("changed meanwhile by another clinician, not overwritten: nerve.slump is positive (set by anna) where you "
                + "have negative", conflict.getMessage());
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(new FindingValue.Choice("positive"), stored.value("nerve.slump"), "anna's value stands");
        assertEquals(FindingValue.Flag.YES, stored.value("history.quality.burning"), "the rest of ben's save is kept");
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", benSees.with("nerve.slump", new FindingValue.Choice("negative"))
                .with("history.quality.burning", FindingValue.Flag.YES), "ben"));
        assertEquals(new FindingValue.Choice("positive"), anna.load(id).orElseThrow().exam().value("nerve.slump"),
                "the same refused value sent again is not written over hers either");
    }

    @Test
    void aWindowThatReadTheColleaguesEntryMayStillClearIt() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("Ida", "anna", Exams.of().exam(), "v", null);
        store.save(id, "Ida", Exams.of().is("nerve.slump", "positive").exam(), "anna");
        Exam benSees = store.load(id).orElseThrow().exam();
        store.save(id, "Ida", benSees.with("nerve.slump", null), "ben");
        assertEquals(null, store.load(id).orElseThrow().exam().value("nerve.slump"));
        assertEquals("ben", store.audit(id).get(1).clinician());
    }

    @Test
    void afterARestoreNewEncountersTakeIdsNoEncounterEverHad() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        store.create("P-1", "anna", Exams.of().exam(), "v", null);
        db.backup();
        long second = store.create("P-2", "ben", Exams.of().exam(), "v", null);
        long third = store.create("P-3", "ben", Exams.of().exam(), "v", null);
        db.restoreFromBackup("carol");
        assertTrue(store.create("P-4", "anna", Exams.of().exam(), "v", null) > Math.max(second, third));
    }

    @Test
    void aRestoreKeepsTheActionsOfAnEncounterItTookAwayAndNamesThem() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        store.create("P-1", "anna", Exams.of().exam(), "v", null);
        db.backup();
        long gone = store.create("P-2", "ben", Exams.of().yes("redflag.saddle_anaesthesia").exam(), "v", null);
        store.acknowledge(gone, "cauda_equina", "Sent to ED", "ben").join();
        db.restoreFromBackup("carol");
        assertEquals(List.of("Sent to ED"), store.acknowledgements(gone).stream().map(Encounters.Acknowledgement::action).toList());
        assertEquals("restored from the rolling backup; kept 1 audit rows and 1 red-flag actions written since it",
                db.read(c -> {
                    try (Statement s = c.createStatement();
                         ResultSet r = s.executeQuery("SELECT detail FROM store_event WHERE kind = 'restore'")) {
                        r.next();
                        return r.getString(1);
                    }
                }));
        db.backup();
        db.restoreFromBackup("carol"); // the kept action, whose encounter is gone, does not stop a later restore
        assertEquals(1, store.acknowledgements(gone).size());
    }

    @Test
    void aStoreFromVersionSevenNeverGivesOutAnIdItsAuditNames() throws Exception {
        Path old = dir.resolve("v7.db");
        try (var c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 7)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 7");
            s.execute("INSERT INTO patient (label, sex) VALUES ('P-1', 'female')");
            s.execute("INSERT INTO encounter (patient_id, date, knowledge_version, updated_at, create_key) "
                    + "VALUES (1, '2026-01-02', 'v', 'x', 'k1')");
            // the audit of an encounter 5 a restore took away
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO audit (encounter_id, at, clinician, finding, new_value) VALUES (5, 'x', 'ben', 'nerve.slump', 'c:positive')");
        }
        db = Database.open(old);
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        assertEquals(Migrations.latest(), db.version(), "brought to the latest version");
        assertEquals("P-1", store.load(1).orElseThrow().patientLabel());
        assertEquals(6, store.create("P-2", "anna", Exams.of().exam(), "v", null));
        assertEquals(1, store.create("again", "anna", Exams.of().exam(), "v", null, "k1"), "the create key is still unique");
    }

    @Test
    void aPatientStoredWithADecomposedLabelIsStillFoundTypedComposed() throws Exception {
        db = Database.open(dir.resolve("exampath.db"));
        db.write(c -> c.createStatement().executeUpdate("INSERT INTO patient (label, sex, birth_year) VALUES ('Jose\u0301 Ruiz', "
                + "'male', 1976)"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("Jos\u00e9 Ruiz", "anna", Exams.of().patient(50, Sex.MALE).exam(), "v", null);
        assertEquals("Jose\u0301 Ruiz", store.load(id).orElseThrow().patientLabel(), "the stored row, read as it was stored");
        store.save(id, "Jos\u00e9 Ruiz", Exams.of().patient(50, Sex.MALE).side(Side.LEFT).exam(), "anna");
        assertEquals("Jose\u0301 Ruiz", store.load(id).orElseThrow().patientLabel(), "not moved to a new patient");
        assertEquals(1, store.list("Jos\u00e9", 10).size());
    }

    @Test
    void aLaterVisitsAgeCorrectsTheBirthYearByItsOwnDate() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        Exam in2020 = Exams.of().patient(40, Sex.FEMALE).exam().withRecord(org.exampath.domain.ExamRecord.NONE
                .withDate(java.time.LocalDate.parse("2020-06-01")));
        long id = store.importAll(List.of(new Encounters.NewEncounter("Ruth K", in2020, null, null, "k")), "", "v").get(0).id();
        Exam loaded = store.load(id).orElseThrow().exam();
        store.save(id, null, loaded.withPatient(loaded.patient().withAge(43)), "anna");
        assertEquals(List.of("anna patient.birth_year n:1980 -> n:1977"), store.audit(id).stream().filter(a -> a.finding()
                .startsWith("patient.")).map(a -> a.clinician() + " " + a.finding() + " "
                + org.exampath.store.ValueCodec.encode(a.oldValue()) + " -> " + org.exampath.store.ValueCodec.encode(a.newValue()))
                .toList(), "43 at a visit of 2020: born 1977");
    }
}
