package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 3 carries a version 1-2 label holding control characters across (each a space, a clash given the row's
 * id), records each change as a store event and drops no record; a failure is named in words, the file left as it was.
 */
class OldStoreLabelCleanedTest {
    @TempDir
    Path dir;

    private Path versionTwo(String... labels) throws Exception {
        Path old = dir.resolve("v2.db");
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 2)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 2");
            for (String label : labels) {
                s.execute("INSERT INTO patient (label) VALUES (" + label + ")");
            }
            s.execute("INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at) "
                    + "VALUES (1, '2026-01-02', 'Anna Lee', 'v', '2026-01-02T09:00:00Z')");
        }
        return old;
    }

    private static List<String> column(Database db, String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void controlCharactersBecomeSpacesAClashTakesItsRowIdAndEachChangeIsAStoreEvent() throws Exception {
        Path old = versionTwo("'Ng' || char(9) || 'Mai'", "'Ng Mai'", "char(10) || ' Lee' || char(13, 10)", "char(9)");
        try (Database db = Database.open(old)) {
            assertEquals(List.of("Ng Mai (1)", "Ng Mai", "Lee", "patient 4"), column(db, "SELECT label FROM patient ORDER BY id"));
            List<String> events = column(db, "SELECT detail FROM store_event WHERE kind = 'label-cleaned' ORDER BY id");
            assertEquals(3, events.size(), events.toString());
            assertTrue(events.get(0).startsWith("patient 1: its label held control characters"), events.get(0));
            assertTrue(events.get(0).endsWith("now 'Ng Mai (1)'."), events.get(0));
            assertEquals(1, new EncounterStore(db, DatabaseTest.CLOCK).count(), "the visit is kept");
        }
    }

    @Test
    void aMigrationThatStillFailsSaysWhatIsWrongInWordsAndLeavesTheFileAsItWas() throws Exception {
        // the tab label cleaned and given its id would clash with a label already holding that name
        Path old = versionTwo("'Ng' || char(9) || 'Mai'", "'Ng Mai'", "'Ng Mai (1)'");
        String m = assertThrows(StoreException.class, () -> Database.open(old).close()).getMessage();
        assertTrue(m.contains("step 003-labels-and-events") && m.contains("two rows would hold the same patient label")
                && m.contains("still at store version 2"), m);
        assertFalse(m.contains("constraint") || m.contains("GLOB") || m.contains("SQLITE"), m);
        try (Connection c = Database.connect(old, true); Statement s = c.createStatement()) {
            assertEquals(2, Database.single(s, "PRAGMA user_version"));
            assertEquals(3, Database.single(s, "SELECT count(*) FROM patient"));
        }
    }
}
