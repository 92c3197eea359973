package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 41: stores of older versions, with data in them that those versions accepted or that a hand repair left,
 * opened by this release on real SQLite files.
 */
class Review41OldStoreOddDataTest {
    @TempDir
    Path dir;

    /** A store at {@code version}, made with the migrations of that time, and rows added by {@code sql}. */
    private Path oldStore(int version, String... sql) throws Exception {
        Path old = dir.resolve("v" + version + ".db");
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, version)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = " + version);
            for (String each : sql) {
                s.execute(each);
            }
        }
        return old;
    }

    @Test
    void aVersionTwoStoreWhoseLabelHasATabStillOpens() throws Exception {
        // store versions 1 and 2 kept any label of 1..80 characters; a label pasted from a spreadsheet held a tab
        Path old = oldStore(2, "INSERT INTO patient (label) VALUES ('Ng' || char(9) || 'Mai')",
                "INSERT INTO patient (label) VALUES ('Mrs Patel')",
                "INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at) "
                        + "VALUES (2, '2026-01-02', 'Anna Lee', 'v', '2026-01-02T09:00:00Z')");
        // store version 3 refuses such labels; its migration copies every label into the stricter table
        Database opened = assertDoesNotThrow(() -> Database.open(old),
                "a version 2 store with one label holding a tab cannot be opened at all (every record locked away)");
        try (Database db = opened) {
            assertEquals(Migrations.latest(), db.version());
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(1, store.count(), "Mrs Patel's visit is there");
        }
    }

    @Test
    void aFlagStoredAsOneIsNotReadAsNo() throws Exception {
        // a yes to the saddle question kept as 'b:1' (a hand repair with a database browser, which writes SQLite's own
        // true); ValueCodec reads anything but the text "true" as no, and the red-flag screen then shows a no
        Path old = oldStore(13, "INSERT INTO patient (label) VALUES ('Mrs Patel')",
                "INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at) "
                        + "VALUES (1, '2026-01-02', 'Anna Lee', 'v', '2026-01-02T09:00:00Z')",
                "INSERT INTO finding (encounter_id, finding, value) VALUES (1, 'redflag.saddle_anaesthesia', 'b:1')");
        try (Database db = Database.open(old)) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            FindingValue read;
            try {
                read = store.load(1).orElseThrow().exam().findings().get("redflag.saddle_anaesthesia");
            } catch (org.exampath.store.StoreException refused) {
                return; // refused as unreadable, with a message: not read as a no
            }
            assertEquals(false, FindingValue.Flag.NO.equals(read),
                    "a stored yes ('b:1') to the saddle question was read as an answered no");
        }
    }
}
