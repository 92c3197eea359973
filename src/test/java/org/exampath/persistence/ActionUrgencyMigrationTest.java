package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite store version 11 on a real file: each red-flag action keeps the urgency its flag stood at. A version 10 file
 * opens with every action kept as it was, with no urgency (none is guessed from the encounter's flags, which may have
 * risen since), listed by its flag alone; a second open applies nothing; the file refuses an urgency no raised flag has.
 */
class ActionUrgencyMigrationTest {
    private static final String ACTIONS = "SELECT id, encounter_id, flag, action, at, clinician, action_key FROM red_flag_ack ORDER BY id";

    @TempDir
    Path dir;

    @Test
    void aStoreOfVersionTenOpensWithEveryActionKeptAndNoUrgencyGuessed() throws Exception {
        Path old = dir.resolve("v10.db");
        List<String> at10;
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 10)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 10");
            s.execute("INSERT INTO patient (label) VALUES ('P-1')");
            s.execute("INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at, flags) "
                    + "VALUES (1, '2026-01-02', 'anna', 'v', 'x', 'emergency: cauda_equina')");
            s.execute("INSERT INTO red_flag_ack (encounter_id, flag, action, at, clinician) "
                    + "VALUES (1, 'cauda_equina', 'Come back at once if the bladder or saddle changes', '2026-01-02T09:00:00Z', 'anna')");
            at10 = rows(c);
        }
        try (Database db = Database.open(old)) {
            assertEquals(Migrations.latest(), db.version());
            assertEquals(at10, db.read(ActionUrgencyMigrationTest::rows), "every action kept as it was");
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(java.util.Arrays.asList((String) null), store.acknowledgements(1).stream().map(Encounters.Acknowledgement::urgency).toList(),
                    "not taken from the encounter's emergency: the action may have been recorded while the flag was lower");
            assertEquals("cauda_equina", store.list("", 10).get(0).actedOn());
            RuntimeException refused = assertThrows(RuntimeException.class, () -> DatabaseTestAccess.execute(db,
                    "INSERT INTO red_flag_ack (encounter_id, flag, action, at, clinician, urgency) "
                            + "VALUES (1, 'cauda_equina', 'Noted', 'x', 'anna', 'noted')"));
            assertTrue(String.valueOf(refused.getMessage()).contains("CHECK"), String.valueOf(refused.getMessage()));
        }
        try (Database again = Database.open(old)) {
            assertEquals(Migrations.latest(), again.version(), "a second open applies nothing twice");
            assertEquals(at10, again.read(ActionUrgencyMigrationTest::rows));
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(ACTIONS)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 7; i++) {
                    row.append(r.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
