package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.exampath.Exams;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 009: a red-flag action's time is the server's. A workstation reports two readings of its own
 * clock (when the action was recorded, when it was sent) and the server takes the time between them from its own
 * stamp, so a workstation clock running fast or slow neither refuses the action nor gives it a time it does not
 * have. The server here runs on this machine, so its clock is {@link Instant#now()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicActionTimeTest {
    private static final Duration FAST = Duration.ofMinutes(10);
    private PgTestServer server;
    private String alice;
    private long before;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(8, server.asAdmin().migrate(8), "set up as an ExamPath of schema version 8 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        before = OlderClinicRows.encounter(server.as(alice), "Pat before", Exams.of().yes("redflag.saddle_anaesthesia").exam(),
                java.time.LocalDate.of(2026, 11, 28), null, null);
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO exampath.red_flag_ack (encounter_id, flag, action, action_key, recorded_at) VALUES ("
                    + before + ", 'cauda_equina', 'Sent to ED', 'old-key', now() - interval '1 hour')");
        }
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 8, server.asAdmin().migrate(), "clinic-init brings it up to date");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private static void assertBetween(Instant from, Instant to, Instant actual, String what) {
        assertTrue(!actual.isBefore(from.minusMillis(1)) && !actual.isAfter(to.plusMillis(1)),
                what + ": " + actual + " is not between " + from + " and " + to);
    }

    private String one(String sql) throws SQLException {
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aFastWorkstationsActionIsStoredOnceAtTheServersTimeWithItsOwnReadingKept() throws Exception {
        Clock fast = Clock.offset(Clock.systemUTC(), FAST);
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), fast, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = store.create("Skew", "x", Exams.of().yes("redflag.saddle_anaesthesia").exam(), "v", null, "skew-1");
            Instant t0 = Instant.now(); // the action is recorded from here on (the workstation reads its clock)
            String recorded = fast.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString(); // as the server keeps it
            store.acknowledge(id, "cauda_equina", "Sent to ED by ambulance", "x", "skew-action", recorded).join();
            Instant t1 = Instant.now();
            store.acknowledge(id, "cauda_equina", "Sent to ED by ambulance", "x", "skew-action", recorded).join();
            List<Encounters.Acknowledgement> stored = store.acknowledgements(id);
            assertEquals(1, stored.size(), "the same key is stored once: " + stored);
            assertBetween(t0, t1, Instant.parse(stored.get(0).at()), "the server's time, not the workstation's");
            assertEquals(Instant.parse(recorded), Instant.parse(one("SELECT to_char(reported_at AT TIME ZONE 'UTC', "
                    + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM exampath.red_flag_ack WHERE action_key = 'skew-action'")),
                    "the workstation's reading is kept as it reported it");
        }
    }

    @Test
    void aRetryKeepsHowLongBeforeSendingTheWorkstationSaysTheActionWasRecorded() throws Exception {
        Clock fast = Clock.offset(Clock.systemUTC(), FAST);
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), fast, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = store.create("Skew later", "x", Exams.of().yes("redflag.saddle_anaesthesia").exam(), "v", null, "skew-2");
            Instant t0 = Instant.now();
            String recorded = fast.instant().minus(Duration.ofMinutes(3)).toString();
            store.acknowledge(id, "cauda_equina", "Sent to ED by ambulance", "x", "skew-retry", recorded).join();
            Instant t1 = Instant.now();
            Duration three = Duration.ofMinutes(3);
            assertBetween(t0.minus(three), t1.minus(three), Instant.parse(store.acknowledgements(id).get(0).at()),
                    "recorded three minutes before it reached the server, by the server's clock");
        }
    }

    @Test
    void aTimeTheClientSetsItselfIsReplacedSoNoActionIsTimedAfterItWasStored() throws Exception {
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO exampath.red_flag_ack (encounter_id, flag, action, action_key, recorded_at) VALUES ("
                    + before + ", 'cauda_equina', 'Sent on', 'direct-key', now() + interval '1 day')");
        }
        assertEquals("false", one("SELECT (recorded_at IS NOT NULL)::text FROM exampath.red_flag_ack WHERE action_key = 'direct-key'"),
                "no readings reported: the action's time is its stamp");
        assertEquals("true", one("SELECT (recorded_at < at)::text FROM exampath.red_flag_ack WHERE action_key = 'old-key'"),
                "an action stored before keeps the time it was given");
    }

    @Test
    void anActionTheServerRefusesIsToldInOneLineNotInTheServersWords() {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            java.util.concurrent.CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.CompletionException.class, () -> store.acknowledge(987654321L, "cauda_equina",
                            "Sent to ED", "x", "gone-key", Instant.now().toString()).join());
            String message = failed.getCause().getMessage();
            assertEquals("the clinic server did not store the red-flag action: the encounter it was recorded in is not in this clinic's store",
                    message);
        }
    }
}
