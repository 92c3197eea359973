package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema check is made when the window opens the server. Over a weekend IT brings the server to a newer ExamPath's
 * schema (clinic-init of a newer release) and restarts it; a workstation left open reconnects on its next save. Writing
 * through this release's idea of the schema into a newer one is what the check at opening refuses, and it is refused on
 * the new connection too, in the same words, with nothing written.
 */
class ClinicSchemaChangedUnderOpenStoreTest {
    private PgTestServer server;
    private String anna;

    @BeforeEach
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSaveOnANewConnectionToAServerMadeNewerMeanwhileIsRefusedAndWritesNothing() throws SQLException {
        Exam first = Exam.empty().with("history.duration_weeks", new FindingValue.Count(4));
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(anna), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            server.as(anna).check();
            long id = store.create("Upgraded meanwhile", anna, first, "kb", null);
            server.admin("UPDATE exampath.meta SET version = " + (ClinicDatabase.MIGRATIONS.size() + 1));
            server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + anna + "'");

            StoreException refused = assertThrows(StoreException.class,
                    () -> store.save(id, "Upgraded meanwhile", first.with("history.duration_weeks", new FindingValue.Count(5)), anna),
                    "a save into a schema newer than this ExamPath knows");
            assertTrue(refused.getMessage().contains("newer than this ExamPath knows; update ExamPath"), refused.getMessage());
            assertEquals(java.util.List.of("n:4"), server.rows("SELECT value FROM exampath.finding WHERE encounter_id = " + id),
                    "nothing was written");
        }
    }
}
