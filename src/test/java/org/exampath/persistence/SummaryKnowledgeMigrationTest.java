package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store version 15 records the knowledge each list summary was worked out under; a version-14 file's summaries (none
 * recorded) are worked out again once, under the shipped knowledge, on the first list, and a store event says so.
 */
class SummaryKnowledgeMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionFourteenFileIsListedWithTodaysFlagsOnceAndOpensAgainUnchanged() throws Exception {
        Path old = dir.resolve("v14.db");
        try (Connection c = Database.connect(old, false); Statement s = c.createStatement()) {
            for (String file : Migrations.FILES.subList(0, 14)) {
                s.executeUpdate(new String(Database.class.getResourceAsStream(file).readAllBytes(), StandardCharsets.UTF_8));
            }
            s.execute("PRAGMA user_version = 14");
            s.execute("INSERT INTO patient (label) VALUES ('Mrs Patel')");
            s.execute("INSERT INTO encounter (patient_id, date, clinician, knowledge_version, updated_at, flags) "
                    + "VALUES (1, '2026-01-02', 'Anna Lee', '2026.01.01', '2026-01-02T09:00:00Z', 'none raised (old)')");
            s.execute("INSERT INTO finding (encounter_id, finding, value) VALUES (1, 'redflag.saddle_anaesthesia', 'b:true')");
        }
        String version = TestKnowledge.SUMMARISER.knowledgeVersion();
        for (int open = 0; open < 2; open++) {
            try (Database db = Database.open(old)) {
                assertEquals(15, db.version());
                EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, TestKnowledge.SUMMARISER);
                String flags = store.list("", 10).get(0).flags();
                assertTrue(flags.contains("cauda_equina"), "worked out again under today's knowledge: " + flags);
                assertEquals(version, db.read(c -> {
                    try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT summary_knowledge FROM encounter")) {
                        return r.next() ? r.getString(1) : null;
                    }
                }));
                assertEquals(Integer.valueOf(1), db.read(c -> {
                    try (Statement s = c.createStatement()) {
                        return (Integer) Database.single(s, "SELECT count(*) FROM store_event WHERE kind = 'summaries-reworked'");
                    }
                }), "one pass recorded, none on the second open");
                assertEquals("2026.01.01", store.load(1).orElseThrow().knowledgeVersion(), "the recorded version is kept");
            }
        }
    }
}
