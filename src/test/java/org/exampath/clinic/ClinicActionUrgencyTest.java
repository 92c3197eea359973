package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;

/**
 * Clinic migration 016 on a real PostgreSQL server: each red-flag action keeps the urgency its flag stood at. An
 * action stored at version 15 is kept as it was, with no urgency (none is guessed), and listed by its flag alone; the
 * upgrade runs once and can be run again by hand; a clinician cannot store an urgency that no raised flag has.
 */
class ClinicActionUrgencyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final String ACTIONS = "SELECT id, clinic_id, encounter_id, flag, action, who, at FROM exampath.red_flag_ack ORDER BY id";

    @Test
    void anUpgradeFromVersionFifteenKeepsEveryActionWithNoUrgency() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            assertEquals(15, server.asAdmin().migrate(15), "set up as an ExamPath of schema version 15 would have");
            String alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
            long id = OlderClinicRows.encounter(server.as(alice), "Stored at fifteen",
                    Exams.of().yes("redflag.bilateral_leg_symptoms").exam(), LocalDate.of(2026, 11, 2), null, null);
            try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO exampath.red_flag_ack (encounter_id, flag, action) VALUES (" + id
                        + ", 'cauda_equina', 'Come back at once if the bladder or saddle changes')");
            }
            List<String> at15 = server.rows(ACTIONS);

            assertEquals(ClinicDatabase.MIGRATIONS.size() - 15, server.asAdmin().migrate(), "the upgrade to 16 (and on) runs once");
            assertEquals(at15, server.rows(ACTIONS), "every action kept as it was");
            ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(java.util.Arrays.asList((String) null), store.acknowledgements(id).stream().map(Encounters.Acknowledgement::urgency).toList(),
                    "an action from before keeps no urgency: the level it was recorded at is not known");
            assertEquals("cauda_equina", store.list("", 10).get(0).actedOn());
            assertEquals(0, server.asAdmin().migrate(), "run again, nothing to do");
            try (Connection c = server.asAdmin().connect(); Statement s = c.createStatement()) {
                s.execute(new String(ClinicDatabase.class.getResourceAsStream("016-action-urgency.sql").readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            assertEquals(at15, server.rows(ACTIONS), "applied again by hand, nothing changes");

            store.acknowledge(id, "cauda_equina", "Sent to ED for same-day MRI", alice, null, null, "emergency").get();
            assertEquals(java.util.Set.of("cauda_equina", "cauda_equina:emergency"),
                    java.util.Set.of(store.list("", 10).get(0).actedOn().split(",")));
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
                    s.execute("INSERT INTO exampath.red_flag_ack (encounter_id, flag, action, urgency) VALUES (" + id
                            + ", 'cauda_equina', 'Noted', 'noted')");
                }
            });
            assertTrue(String.valueOf(refused.getMessage()).contains("red_flag_ack_urgency_known"), refused.getMessage());
        }
    }
}
