package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite store version 14 on a real file: each encounter names the window (one user on one computer) that left it open,
 * and a window resumes only its own. A version 13 file opens with its encounters kept as they were, naming no window,
 * so none of them is resumed as anyone's; a second open applies nothing.
 */
class LeftOpenByMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionThirteenFileUpgradesAndItsOpenEncountersAreResumedByNoOne() throws Exception {
        Path old = dir.resolve("v13.db");
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 13)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 13");
            s.execute("INSERT INTO patient (label) VALUES ('Mrs Patel')");
            s.execute("INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at) "
                    + "VALUES (1, '2026-01-02', 'Anna Lee', 'v', '2026-01-02T09:00:00Z')");
        }
        try (Database db = Database.open(old)) {
            assertEquals(Migrations.latest(), db.version());
            assertEquals("Mrs Patel|open|null", db.read(LeftOpenByMigrationTest::encounter), "the encounter is kept as it was");
            EncounterStore bens = new EncounterStore(db, DatabaseTest.CLOCK, TestKnowledge.SUMMARISER, "ben-computer");
            assertEquals(Optional.empty(), bens.lastOpen(), "a start resumed an encounter no window of this user left open");
            assertEquals(Optional.of(1L), new EncounterStore(db, DatabaseTest.CLOCK).lastOpen(), "the commands still see it open");

            long made = bens.create("Mr Okafor", "Ben Okoro", Exam.empty(), "v", null, null);
            EncounterStore annas = new EncounterStore(db, DatabaseTest.CLOCK, TestKnowledge.SUMMARISER, "anna-computer");
            assertEquals(Optional.empty(), annas.lastOpen(), "Anna's start resumed Ben's exam");
            assertEquals(Optional.of(made), bens.lastOpen(), "Ben's own open exam is resumed");

            // Anna opens the old encounter from the list and saves into it: from then on it is hers to resume
            annas.load(1);
            annas.save(1, "Mrs Patel", Exam.empty().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO), "Anna Lee");
            assertEquals(Optional.of(1L), annas.lastOpen());
            assertEquals(Optional.of(made), bens.lastOpen());
        }
        try (Database again = Database.open(old)) {
            assertEquals(Migrations.latest(), again.version(), "a second open applies nothing twice");
            assertTrue(again.read(LeftOpenByMigrationTest::encounter).endsWith("anna-computer"));
        }
    }

    private static String encounter(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT p.label, e.status, e.left_open_by "
                + "FROM encounter e JOIN patient p ON p.id = e.patient_id WHERE e.id = 1")) {
            r.next();
            return r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3);
        }
    }
}
