package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Clinic migration 015 on a real PostgreSQL server: the red-flag actions are indexed by encounter, as the SQLite
 * store's are, so the encounter list's "action recorded" line reads one encounter's actions without scanning the
 * clinic's.
 */
class ClinicActionsIndexTest {
    private static final String INDEXES = "SELECT indexdef FROM pg_indexes WHERE schemaname = 'exampath' "
            + "AND tablename = 'red_flag_ack' ORDER BY indexname";

    @Test
    void anUpgradeFromVersionFourteenIndexesTheActionsByEncounter() throws SQLException {
        try (PgTestServer server = PgTestServer.start()) {
            assertEquals(14, server.asAdmin().migrate(14), "set up as an ExamPath of schema version 14 would have");
            assertTrue(server.rows(INDEXES).stream().noneMatch(i -> i.contains("(encounter_id)")), "sanity: none at 14");

            assertEquals(ClinicDatabase.MIGRATIONS.size() - 14, server.asAdmin().migrate(), "the upgrade to 15 (and on) runs once");
            assertTrue(server.rows(INDEXES).stream().anyMatch(i -> i.contains("red_flag_ack_encounter") && i.endsWith("(encounter_id)")),
                    server.rows(INDEXES).toString());
            assertEquals(0, server.asAdmin().migrate(), "run again, nothing to do");
        }
    }
}
