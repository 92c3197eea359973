package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving an encounter to another patient (saving it under another label) on a real SQLite file: one audit row naming
 * the encounter, both patients' labels, who (the clinician name the save carries) and when; the file itself (store
 * version 10) refuses a move that leaves no such row; and a file of version 9 opens at version 10 with every row kept.
 */
class PatientMoveAuditTest {
    private static final Exam VISIT = Exams.of().side(Side.LEFT).is("nerve.slump", "positive").exam();

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The encounter's moves, as "who at: before -> after". */
    private static List<String> moves(Encounters store, long id) {
        return store.audit(id).stream().filter(a -> a.finding().equals("encounter.patient"))
                .map(a -> a.clinician() + " " + a.at() + ": " + ValueCodec.encode(a.oldValue()) + " -> " + ValueCodec.encode(a.newValue()))
                .toList();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        return org.exampath.SqlRows.of(c, sql);
    }

    @Test
    void aMoveToAnotherPatientIsOneAuditRowWithWhoWhenAndBothLabels() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long other = anna.create("Jon", "anna", VISIT, "v", null);
        long id = anna.create("Ida", "anna", VISIT, "v", null);
        ben.save(id, "Jon", ben.load(id).orElseThrow().exam(), "ben");
        assertEquals("Jon", anna.load(id).orElseThrow().patientLabel(), "moved");
        String at = DatabaseTest.CLOCK.instant().toString();
        assertEquals(List.of("ben " + at + ": c:Ida -> c:Jon"), moves(anna, id));
        assertEquals(List.of(), moves(anna, other), "the row is on the encounter moved, not on the patient's other one");
        ben.save(id, "Jon", ben.load(id).orElseThrow().exam(), "ben");
        assertEquals(1, moves(anna, id).size(), "a save under the same label moves nothing and writes no row");
        anna.save(id, "Kim", anna.load(id).orElseThrow().exam(), "anna");
        assertEquals(List.of("ben " + at + ": c:Ida -> c:Jon", "anna " + at + ": c:Jon -> c:Kim"), moves(anna, id),
                "a move to a patient the label makes is audited too");
    }

    @Test
    void theFileRefusesAMoveThatLeavesNoAuditRow() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        anna.create("Jon", "anna", VISIT, "v", null);
        long id = anna.create("Ida", "anna", VISIT, "v", null);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> DatabaseTestAccess.execute(db,
                "UPDATE encounter SET patient_id = (SELECT id FROM patient WHERE label = 'Jon') WHERE id = " + id));
        assertTrue(String.valueOf(refused.getMessage()).contains("only with its audit row"), String.valueOf(refused.getMessage()));
        assertEquals("Ida", anna.load(id).orElseThrow().patientLabel(), "still filed under Ida");
        // an old row naming another move does not stand for this one
        anna.save(id, "Jon", anna.load(id).orElseThrow().exam(), "anna");
        assertThrows(RuntimeException.class, () -> DatabaseTestAccess.execute(db,
                "UPDATE encounter SET patient_id = (SELECT id FROM patient WHERE label = 'Ida') WHERE id = " + id));
        assertEquals("Jon", anna.load(id).orElseThrow().patientLabel());
        DatabaseTestAccess.execute(db, "UPDATE encounter SET patient_id = patient_id, updated_at = 'later' WHERE id = " + id);
        assertEquals(1, moves(anna, id).size(), "a write that leaves the patient as it is is no move and needs no row");
        RuntimeException renamed = assertThrows(RuntimeException.class, () -> DatabaseTestAccess.execute(db,
                "UPDATE patient SET label = 'Kim' WHERE label = 'Jon'"));
        assertTrue(String.valueOf(renamed.getMessage()).contains("not changed in place"), String.valueOf(renamed.getMessage()));
        assertEquals("Jon", anna.load(id).orElseThrow().patientLabel(), "renaming the patient would refile every encounter silently");
    }

    @Test
    void aStoreOfVersionNineOpensAtTheLatestWithEveryRowKeptAndItsMovesAudited() throws Exception {
        Path old = dir.resolve("v9.db");
        String tables = "SELECT 'p', id, label, sex, birth_year, NULL, NULL, NULL FROM patient "
                + "UNION ALL SELECT 'e', id, patient_id, date, clinician, side, plan, updated_at FROM encounter "
                + "UNION ALL SELECT 'a', id, encounter_id, at, clinician, finding, old_value, new_value FROM audit "
                + "UNION ALL SELECT 'f', encounter_id, finding, value, NULL, NULL, NULL, NULL FROM finding ORDER BY 1, 2, 3";
        List<String> at9;
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 9)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 9");
            s.execute("INSERT INTO patient (label, sex) VALUES ('P-1', 'female'), ('P-2', 'male')");
            s.execute("INSERT INTO encounter (patient_id, date, clinician, side, knowledge_version, updated_at, plan) "
                    + "VALUES (1, '2026-01-02', 'anna', 'left', 'v', 'x', 'Exercise')");
            s.execute("INSERT INTO finding (encounter_id, finding, value) VALUES (1, 'nerve.slump', 'c:positive')");
            s.execute("INSERT INTO audit (encounter_id, at, clinician, finding, new_value) "
                    + "VALUES (1, '2026-01-02T09:00:00Z', 'anna', 'nerve.slump', 'c:positive')");
            // under version 9 the file let a move go by with no row: this one did, and stays as it was
            s.execute("UPDATE encounter SET patient_id = 2 WHERE id = 1");
            at9 = rows(c, tables);
        }
        db = Database.open(old);
        assertEquals(Migrations.latest(), db.version(), "at ten and on");
        assertEquals(at9, db.read(c -> rows(c, tables)), "every patient, encounter, finding and audit row kept as it was");
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        assertEquals("P-2", ben.load(1).orElseThrow().patientLabel());
        ben.save(1, "P-1", ben.load(1).orElseThrow().exam(), "ben");
        assertEquals(List.of("ben " + DatabaseTest.CLOCK.instant() + ": c:P-2 -> c:P-1"), moves(ben, 1),
                "the move before the upgrade left no row; the one after it does");
        assertThrows(RuntimeException.class, () -> DatabaseTestAccess.execute(db, "UPDATE encounter SET patient_id = 2 WHERE id = 1"));
        assertEquals("P-1", ben.load(1).orElseThrow().patientLabel());
    }
}
