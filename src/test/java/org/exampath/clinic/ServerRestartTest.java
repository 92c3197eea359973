package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clinic server really stopped and started again under a clinician's open store: with {@code -m fast}
 * (sessions ended, work rolled back) and {@code -m immediate} (a crash, recovered from the WAL). The
 * store was never closed or made again; every check reads back over a fresh connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerRestartTest {
    private static final String WEEKS = "history.duration_weeks";
    private static final String SITTING = "history.sitting_tolerance_min";
    private PgPrivateServer server;
    private String alice;

    @BeforeAll
    void server() throws SQLException {
        server = PgPrivateServer.start();
        alice = server.newClinician("alice", "Harbour Physio");
    }

    @AfterEach
    void serverBack() {
        server.ensureRunning();
    }

    @AfterAll
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Exam counted(int n) {
        return Exam.empty().with(WEEKS, new FindingValue.Count(n)).with(SITTING, new FindingValue.Count(n));
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void aSaveCaughtByTheStopIsNotAcknowledgedLeavesNothingAndIsStoredOnceWhenSentAgain(PgPrivateServer.Stop how)
            throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam acknowledged = counted(1).with("nerve.slump", new FindingValue.Choice("positive"));
            Exam inFlight = counted(2).with("nerve.slump", new FindingValue.Choice("negative"))
                    .with("history.quality.burning", FindingValue.Flag.YES);
            // The stop ends the lock holder and the waiting save together; now and then the save gets the
            // lock and commits before its own session is ended. That save was acknowledged, so it must be
            // stored whole; the scenario is then tried again, on a new encounter, until a save is really
            // caught by the stop.
            ExecutionException failed = null;
            String label = null;
            long id = 0;
            for (int attempt = 0; failed == null; attempt++) {
                assertTrue(attempt < 5, "the stop never caught a save in flight in 5 tries");
                label = "Caught " + how + " " + attempt;
                id = store.create(label, alice, counted(0), "kb", null);
                assertEquals(3, store.save(id, label, acknowledged, alice));
                long encounter = id;
                String named = label;
                CompletableFuture<Integer> caught;
                Connection holder = server.admin();
                try {
                    holder.setAutoCommit(false);
                    try (Statement s = holder.createStatement()) {
                        s.execute("SELECT id FROM exampath.encounter WHERE id = " + id + " FOR NO KEY UPDATE");
                    }
                    caught = CompletableFuture.supplyAsync(() -> store.save(encounter, named, inFlight, alice));
                    waitUntilWaiting(alice, "wait_event_type = 'Lock'");
                    server.stop(how);
                } finally {
                    closeQuietly(holder);
                }
                try {
                    caught.get(30, TimeUnit.SECONDS);
                    server.startAgain();
                    assertEquals(inFlight, readBack(id).exam(), "a save that answered before the stop is all there");
                } catch (ExecutionException e) {
                    failed = e;
                }
            }
            assertInstanceOf(StoreException.class, failed.getCause(), "not acknowledged: the caller is told it failed");
            assertTrue(failed.getCause().getMessage().contains("cannot be reached"), failed.getCause().getMessage());
            server.startAgain();

            List<String> auditBefore = List.of("history.duration_weeks 0", "history.duration_weeks 1",
                    "history.sitting_tolerance_min 0", "history.sitting_tolerance_min 1", "nerve.slump positive");
            assertEquals(acknowledged, readBack(id).exam(), "the acknowledged save is all there, none of the caught one");
            assertEquals(auditBefore, auditOf(id));

            assertEquals(4, store.save(id, label, inFlight, alice),
                    "sent again on the same store, it is taken whole, with no conflict against itself");
            assertEquals(inFlight, readBack(id).exam());
            List<String> after = new ArrayList<>(auditBefore);
            after.addAll(List.of("history.duration_weeks 2", "history.quality.burning true", "history.sitting_tolerance_min 2",
                    "nerve.slump negative"));
            after.sort(null);
            assertEquals(after, auditOf(id), "each change audited once");
            assertEquals(1, encountersLabelled(label));
        }
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void savesCutOffByTheStopLeaveTheLastAcknowledgedOrTheWholeNextNeverAHalf(PgPrivateServer.Stop how) throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            String label = "Stream " + how;
            long id = store.create(label, alice, counted(0), "kb", null);
            AtomicInteger acknowledged = new AtomicInteger();
            CompletableFuture<Integer> cutOff = CompletableFuture.supplyAsync(() -> {
                for (int n = 1; ; n++) {
                    try {
                        store.save(id, label, counted(n), alice);
                    } catch (StoreException e) {
                        return n;
                    }
                    acknowledged.set(n);
                }
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> acknowledged.get() >= 20);
            server.stop(how);
            int attempted = cutOff.get(30, TimeUnit.SECONDS);
            int last = acknowledged.get();
            server.startAgain();

            Exam stored = readBack(id).exam();
            assertEquals(stored.value(WEEKS), stored.value(SITTING), "one save's two findings are both there or both absent");
            int reached = ((FindingValue.Count) stored.value(WEEKS)).value();
            assertTrue(reached == last || reached == attempted,
                    "the last acknowledged save (" + last + ") or the whole one in flight (" + attempted + "), found " + reached);
            assertEquals(2 * (reached + 1), auditOf(id).size(), "one audit row per finding per stored save");

            store.save(id, label, counted(attempted), alice);
            assertEquals(counted(attempted), readBack(id).exam(), "the one in flight, sent again, is stored");
            List<String> audit = auditOf(id);
            assertEquals(2 * (attempted + 1), audit.size(), "and never twice: " + audit);
            assertEquals(audit.size(), audit.stream().distinct().count(), "no change audited twice");
        }
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void aSaveCommittedWhoseAnswerWasLostIsNeitherStoredTwiceNorTakenForAColleaguesChange(PgPrivateServer.Stop how)
            throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            String label = "In doubt " + how;
            long id = store.create(label, alice, counted(0), "kb", null);
            store.save(id, label, counted(1), alice);
            CompletableFuture<Integer> unanswered;
            waitForAStandbyThatNeverComes(true);
            try {
                unanswered = CompletableFuture.supplyAsync(() -> store.save(id, label, counted(2), alice));
                waitUntilWaiting(alice, "wait_event = 'SyncRep'");
                server.stop(how);
            } finally {
                server.startAgain();
                waitForAStandbyThatNeverComes(false);
            }
            ExecutionException failed = assertThrows(ExecutionException.class, () -> unanswered.get(30, TimeUnit.SECONDS));
            assertInstanceOf(StoreException.class, failed.getCause(), "the save was never acknowledged");
            assertEquals(counted(2), readBack(id).exam(), "yet its commit was written before the stop, and is there");

            assertEquals(2, store.save(id, label, counted(3), alice),
                    "the next change goes on from it: no conflict with this clinician's own unanswered save");
            assertEquals(counted(3), readBack(id).exam());
            assertEquals(List.of("history.duration_weeks 0", "history.duration_weeks 1", "history.duration_weeks 2",
                    "history.duration_weeks 3", "history.sitting_tolerance_min 0", "history.sitting_tolerance_min 1",
                    "history.sitting_tolerance_min 2", "history.sitting_tolerance_min 3"), auditOf(id), "each change once");
        }
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void aCreateCommittedWhoseAnswerWasLostMakesOneEncounterWhenSentAgainWithItsKey(PgPrivateServer.Stop how) throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            String label = "Created in doubt " + how;
            String key = "create-" + how + "-" + java.util.UUID.randomUUID();
            CompletableFuture<Long> unanswered;
            waitForAStandbyThatNeverComes(true);
            try {
                unanswered = CompletableFuture.supplyAsync(() -> store.create(label, alice, counted(1), "kb", null, key));
                waitUntilWaiting(alice, "wait_event = 'SyncRep'");
                server.stop(how);
            } finally {
                server.startAgain();
                waitForAStandbyThatNeverComes(false);
            }
            ExecutionException failed = assertThrows(ExecutionException.class, () -> unanswered.get(30, TimeUnit.SECONDS));
            assertInstanceOf(StoreException.class, failed.getCause(), "the create was never acknowledged");
            assertEquals(1, encountersLabelled(label), "yet its commit was written before the stop, and the encounter is there");

            long id = store.create(label, alice, counted(1), "kb", null, key);
            assertEquals(1, encountersLabelled(label), "sent again with its key, it makes no second encounter");
            assertEquals(counted(1), readBack(id).exam(), "and answers with the one the lost answer would have named");
            assertEquals(List.of("history.duration_weeks 1", "history.sitting_tolerance_min 1"), auditOf(id), "each value audited once");

            assertEquals(2, store.save(id, label, counted(2), alice), "saves then go on as usual");
            assertEquals(counted(2), readBack(id).exam());
        }
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void aRedFlagActionCommittedWhoseAnswerWasLostIsStoredOnceWhenSentAgainWithItsKey(PgPrivateServer.Stop how) throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            long id = store.create("Acted in doubt " + how, alice, counted(1), "kb", null);
            String key = "action-" + how + "-" + java.util.UUID.randomUUID();
            CompletableFuture<Void> unanswered;
            waitForAStandbyThatNeverComes(true);
            try {
                unanswered = store.acknowledge(id, "cauda_equina", "Sent to the emergency department", alice, key);
                waitUntilWaiting(alice, "wait_event = 'SyncRep'");
                server.stop(how);
            } finally {
                server.startAgain();
                waitForAStandbyThatNeverComes(false);
            }
            ExecutionException failed = assertThrows(ExecutionException.class, () -> unanswered.get(30, TimeUnit.SECONDS));
            assertInstanceOf(StoreException.class, failed.getCause(), "the action was never acknowledged");
            assertEquals(1, store.acknowledgements(id).size(), "yet its commit was written before the stop");

            store.acknowledge(id, "cauda_equina", "Sent to the emergency department", alice, key).get(30, TimeUnit.SECONDS);
            assertEquals(1, store.acknowledgements(id).size(), "sent again with its key, it is not stored twice");
        }
    }

    /**
     * Makes every commit but the administrator's wait for a synchronous standby that never connects (or
     * lifts that): a commit is then written and flushed, but its answer is held back, as when the server
     * goes down between the two. Returns once new sessions see the setting (the server has passed the
     * reload on to every session by then).
     */
    private void waitForAStandbyThatNeverComes(boolean on) throws Exception {
        try (Connection c = server.admin(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE CURRENT_USER SET synchronous_commit = local");
            s.execute(on ? "ALTER SYSTEM SET synchronous_standby_names = 'nobody'" : "ALTER SYSTEM RESET synchronous_standby_names");
            s.execute("SELECT pg_reload_conf()");
        }
        String wanted = on ? "nobody" : "";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Connection c = server.admin(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW synchronous_standby_names")) {
                r.next();
                return wanted.equals(r.getString(1));
            }
        });
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void whileDownAReadSaysSoAndOnceBackTheFirstReadAndSaveOnConnectionsTheStopEndedSucceed(PgPrivateServer.Stop how)
            throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore opened = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            String label = "Idle " + how;
            long id = store.create(label, alice, counted(6), "kb", null);
            assertEquals(counted(6), store.load(id).orElseThrow().exam());
            server.stop(how);
            try {
                StoreException offline = assertThrows(StoreException.class, () -> opened.load(id));
                assertTrue(offline.getMessage().contains("cannot be reached"), offline.getMessage());
            } finally {
                server.startAgain();
            }
            assertEquals(counted(6), store.load(id).orElseThrow().exam(), "the server is back: no failed first read");
            Exam added = counted(7).with("nerve.slump", new FindingValue.Choice("positive"));
            assertEquals(3, store.save(id, label, added, alice), "nor a first save reported as unreachable");
            assertEquals(added, readBack(id).exam());
            assertEquals(List.of("history.duration_weeks 6", "history.duration_weeks 7", "history.sitting_tolerance_min 6",
                    "history.sitting_tolerance_min 7", "nerve.slump positive"), auditOf(id));
        }
    }

    /** The encounter as a fresh store, on a fresh connection, reads it. */
    private Encounters.Encounter readBack(long id) {
        try (ClinicEncounterStore fresh = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            return fresh.load(id).orElseThrow();
        }
    }

    /** The audit as "finding new-value" lines, sorted, read by a fresh administrator connection. */
    private List<String> auditOf(long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.admin(); PreparedStatement p = c.prepareStatement(
                "SELECT finding, new_value FROM exampath.audit WHERE encounter_id = ? ORDER BY finding, id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + " " + r.getString(2).substring(2));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private int encountersLabelled(String label) throws SQLException {
        try (Connection c = server.admin(); PreparedStatement p = c.prepareStatement("SELECT count(*) FROM exampath.encounter e "
                + "JOIN exampath.patient p ON p.id = e.patient_id WHERE p.label = ?")) {
            p.setString(1, label);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void waitUntilWaiting(String role, String on) throws Exception {
        try (Connection c = server.admin(); PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND " + on)) {
            p.setString(1, role);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getInt(1) > 0;
                }
            });
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the server ended it
        }
    }
}
