package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.exampath.Exams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who made a clinic encounter ({@code created_by}, clinic migration 007) on a real PostgreSQL server: the server
 * stamps the session's login on INSERT whatever the client sends, and nobody, the owner included, can change it
 * afterwards. The database starts at schema version 6 with an encounter, which keeps its name through the upgrade.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicCreatedByTest {
    private PgTestServer server;
    private String alice;
    private String carol;
    private long before;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(6, server.asAdmin().migrate(6), "set up as an ExamPath of schema version 6 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        before = OlderClinicRows.encounter(server.as(alice), "Pat before", Exams.of().is("nerve.slump", "positive").exam(),
                java.time.LocalDate.of(2026, 11, 28), null, null);
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 6, server.asAdmin().migrate(), "clinic-init brings it up to date");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private String createdBy(long encounter) throws SQLException {
        try (Connection c = server.asAdmin().connect()) {
            return one(c, "SELECT created_by FROM exampath.encounter WHERE id = " + encounter);
        }
    }

    @Test
    void anEncounterMadeBeforeTheUpgradeKeepsItsNameAndTheStoreListsTheLoginThatMakesOne() throws SQLException {
        assertEquals(alice, createdBy(before));
        try (ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            long id = c.create("Pat listed", "whatever the client says", Exams.of().exam(), "kb", null);
            assertEquals(carol, createdBy(id));
            assertEquals(carol, c.load(id).orElseThrow().clinician());
        }
    }

    @Test
    void anInsertNamingAnotherLoginIsStampedWithTheSessionsOwn() throws SQLException {
        try (Connection c = server.as(carol).connect()) {
            String patient = one(c, "SELECT patient_id FROM exampath.encounter WHERE id = " + before);
            long forged = Long.parseLong(one(c, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version, created_by) "
                    + "VALUES (" + patient + ", DATE '2026-11-28', 'kb', '" + alice + "') RETURNING id"));
            assertEquals(carol, createdBy(forged), "carol made it, whatever name she sent");
        }
    }

    @Test
    void nobodyCanChangeWhoMadeAnEncounterNotEvenTheOwner() throws SQLException {
        try (Connection c = server.as(carol).connect(); Statement s = c.createStatement()) {
            SQLException taken = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE exampath.encounter SET created_by = session_user WHERE id = " + before));
            assertEquals("42501", taken.getSQLState(), taken.getMessage());
            s.execute("UPDATE exampath.encounter SET status = 'closed', created_by = created_by WHERE id = " + before);
        }
        SQLException owner = assertThrows(SQLException.class,
                () -> server.admin("UPDATE exampath.encounter SET created_by = 'someone_else' WHERE id = " + before));
        assertEquals("42501", owner.getSQLState(), owner.getMessage());
        assertEquals(alice, createdBy(before));
    }
}
