package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 20 (review 41, finding 4): an encounter listed with a summary worked out under older knowledge (here
 * a row of schema 19 with the flags of another exam) is listed with the flags today's knowledge raises for it, once the
 * store has worked it out again, and the version it was worked out under is recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicSummaryKnowledgeTest {
    private PgTestServer server;
    private String alice;
    private long before;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(19, server.asAdmin().migrate(19), "set up as an ExamPath of schema version 19 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        before = OlderClinicRows.encounter(server.as(alice), "Mr Doyle", Exams.of().yes("redflag.saddle_anaesthesia").exam(),
                java.time.LocalDate.of(2026, 11, 28), null, null);
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE exampath.encounter SET flags = 'none raised (old knowledge)', knowledge_version = '2026.01.01' WHERE id = " + before);
        }
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 19, server.asAdmin().migrate(), "clinic-init brings it up to date");
        assertEquals(0, server.asAdmin().migrate(), "a second clinic-init applies nothing");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOlderSummaryIsListedAsTodaysKnowledgeWorksItOut() throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
            String flags = store.list("", 10).get(0).flags();
            assertTrue(flags.contains("cauda_equina"), "worked out again under today's knowledge: " + flags);
        }
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT summary_knowledge FROM exampath.encounter WHERE id = " + before)) {
            r.next();
            assertEquals(TestKnowledge.SUMMARISER.knowledgeVersion(), r.getString(1));
        }
    }
}
