package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's store failures (labels, imports over a patient, restore and history), each against a real file. */
class StoreIntegrityTest {
    @TempDir
    Path dir;

    private static Exam person(Sex sex, int age) {
        return Exams.of().is("nerve.slr", "negative").exam().withPatient(new Patient(age, sex));
    }

    @Test
    void aLabelOfTwoHundredCharactersIsStoredAndTheRuleRefusesMore() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            String longest = "é".repeat(199) + "\uD83D\uDE00";
            long id = store.create(longest, "anna", Exams.of().exam(), "v", null);
            assertEquals(longest, store.load(id).orElseThrow().patientLabel());
            String m = assertThrows(StoreException.class, () -> store.create("x".repeat(201), "anna", Exams.of().exam(), "v", null))
                    .getMessage();
            assertEquals("patient label: expected 1..200 characters, found 201", m);
            assertThrows(StoreException.class, () -> store.create("two\nlines", "anna", Exams.of().exam(), "v", null));
            assertThrows(StoreException.class, () -> db.write(c -> c.createStatement()
                    .executeUpdate("INSERT INTO patient (label) VALUES ('tab' || char(9) || 'bed')")), "the table holds the rule too");
        }
    }

    @Test
    void aVersionTwoStoreIsMigratedKeepingItsPatientsAndEncounters() throws Exception {
        Path file = dir.resolve("old.db");
        try (var c = Database.connect(file, false); Statement s = c.createStatement()) {
            for (String name : List.of("001-initial.sql", "002-practice.sql")) {
                String sql = new String(Database.class.getResourceAsStream(name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                s.executeUpdate(sql);
            }
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO patient (label, sex) VALUES ('P-1', 'female')");
            s.execute("INSERT INTO encounter (patient_id, date, knowledge_version, updated_at) VALUES (1, '2026-01-02', 'v', 'x')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.FILES.size(), db.version(), "migrated to the latest version");
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals("P-1", store.load(1).orElseThrow().patientLabel());
            assertEquals(Sex.FEMALE, store.load(1).orElseThrow().exam().patient().sex());
            store.save(1, "y".repeat(150), Exams.of().exam(), "anna");
            assertEquals("y".repeat(150), store.load(1).orElseThrow().patientLabel());
        }
    }

    @Test
    void importNeverChangesAnExistingPatient() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long first = store.createAll(List.of(new Encounters.NewEncounter("case", person(Sex.FEMALE, 40), null, null)),
                    "anna", "v").get(0);
            String m = assertThrows(StoreException.class, () -> store.createAll(
                    List.of(new Encounters.NewEncounter("case", person(Sex.MALE, 70), null, null)), "anna", "v")).getMessage();
            assertTrue(m.contains("already stored with a different sex"), m);
            assertEquals(1, store.count());
            assertEquals(new Patient(40, Sex.FEMALE), store.load(first).orElseThrow().exam().patient());
            store.createAll(List.of(new Encounters.NewEncounter("case", person(null, 41), null, null)), "anna", "v");
            assertEquals(2, store.count(), "the same person, seen again, joins the patient");
        }
    }

    @Test
    void aCorrectionOfAnEncountersOwnPatientIsAudited() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = store.create("P-1", "anna", person(Sex.FEMALE, 40), "v", null);
            store.save(id, "P-1", person(Sex.MALE, 40), "ben");
            assertEquals(Sex.MALE, store.load(id).orElseThrow().exam().patient().sex());
            Encounters.AuditEntry change = store.audit(id).stream().filter(a -> a.finding().equals("patient.sex"))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(new Encounters.AuditEntry("2026-11-26T10:15:30Z", "ben", "patient.sex", new FindingValue.Choice("female"),
                    new FindingValue.Choice("male")), change);
        }
    }

    @Test
    void restoreKeepsTheAuditWrittenSinceTheBackupAndIsItselfLogged() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = store.create("P-1", "anna", Exams.of().exam(), "v", null);
            db.backup();
            store.save(id, "P-1", Exams.of().is("nerve.slump", "positive").exam(), "anna");
            long later = store.create("P-2", "ben", Exams.of().yes("history.quality.burning").exam(), "v", null);
            int before = auditRows(db);
            db.restoreFromBackup("carol");
            assertEquals(1, store.count(), "the encounters are the backup's");
            assertEquals(before, auditRows(db), "no audit row is lost");
            assertEquals("positive", store.audit(id).get(0).newValue() instanceof FindingValue.Choice c ? c.value() : null);
            assertEquals(1, store.audit(later).size(), "the audit of an encounter taken back is kept too");
            assertEquals(List.of("carol restore"), db.read(c -> {
                try (ResultSet r = c.createStatement().executeQuery("SELECT who || ' ' || kind FROM store_event")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                    return out;
                }
            }));
        }
    }

    @Test
    void aDoctoredBackupsAuditIsNotAdopted() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            store.create("P-1", "anna", Exams.of().is("nerve.slump", "negative").exam(), "v", null);
            db.backup();
        }
        try (var c = Database.connect(Backups.pathFor(file), false); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_no_update");
            s.execute("UPDATE audit SET clinician = 'forger'");
        }
        try (Database db = Database.open(file)) {
            String m = assertThrows(StoreException.class, () -> db.restoreFromBackup("anna")).getMessage();
            assertTrue(m.contains("may have been altered"), m);
            assertEquals("anna", new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER).audit(1).get(0).clinician());
        }
    }

    @Test
    void aPracticeWriteCanNoLongerLandInsideAnEncounterSavesTransaction() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            PracticeStore practice = new PracticeStore(db, DatabaseTest.CLOCK);
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            var failing = db.submit(c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO patient (label) VALUES ('doomed')")) {
                    p.executeUpdate();
                }
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new java.sql.SQLException(e);
                }
                throw new java.sql.SQLException("the encounter save fails and rolls back");
            });
            inside.await();
            var attempt = practice.record(new org.exampath.store.PracticeRecords.NewAttempt("Sam", "case", 50, true, List.of(), 1, null));
            release.countDown();
            assertThrows(java.util.concurrent.CompletionException.class, failing::join);
            assertEquals(1, attempt.join().size());
            assertEquals(1, practice.attempts("Sam").size(), "the attempt was its own transaction and survived the rollback");
            boolean doomed = db.read(c -> c.createStatement().executeQuery("SELECT 1 FROM patient WHERE label = 'doomed'").next());
            assertFalse(doomed, "the failed save left nothing behind");
        }
    }

    private static int auditRows(Database db) {
        return db.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM audit")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
