package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save whose commit was written but whose answer was lost (the server went down between the two) changed the
 * encounter's own entries (assessment, plan) as well as findings. The clinician's next save goes on from their own
 * entries: it is neither refused as a clash with a colleague (who is this very clinician) nor loses what they typed since.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicUnansweredEntriesTest {
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

    private static Exam assessed(int weeks, String assessment) {
        Exam exam = Exam.empty().with("history.duration_weeks", new FindingValue.Count(weeks));
        return exam.withRecord(exam.record().withAssessment(assessment));
    }

    @Test
    void anAssessmentStoredByASaveWhoseAnswerWasLostIsNoConflictAndTheNextEditIsKept() throws Exception {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            String label = "Assessed in doubt";
            long id = store.create(label, alice, assessed(1, "Gluteal tendinopathy?"), "kb", null);
            store.save(id, label, assessed(1, "Gluteal tendinopathy likely"), alice);
            CompletableFuture<Integer> unanswered;
            waitForAStandbyThatNeverComes(true);
            try {
                unanswered = CompletableFuture.supplyAsync(() -> store.save(id, label,
                        assessed(2, "Gluteal tendinopathy likely; lumbar referral unlikely"), alice));
                waitUntilCommitWaits();
                server.stop(PgPrivateServer.Stop.FAST);
            } finally {
                server.startAgain();
                waitForAStandbyThatNeverComes(false);
            }
            assertThrows(ExecutionException.class, () -> unanswered.get(30, TimeUnit.SECONDS), "the save was never acknowledged");
            assertEquals("Gluteal tendinopathy likely; lumbar referral unlikely", storedAssessment(id),
                    "yet its commit was written before the stop");

            Exam next = assessed(3, "Gluteal tendinopathy likely; lumbar referral unlikely; load advice given");
            SaveConflict clash = null;
            try {
                store.save(id, label, next, alice);
            } catch (SaveConflict e) {
                clash = e;
            }
            assertEquals(null, clash == null ? null : clash.getMessage(),
                    "this clinician's own unanswered assessment is no colleague's change to clash with");
            assertEquals(next.record().assessment(), storedAssessment(id), "and what they typed since is kept");
        }
    }

    private String storedAssessment(long id) throws SQLException {
        try (Connection c = server.admin(); PreparedStatement p = c.prepareStatement(
                "SELECT assessment FROM exampath.encounter WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** As in {@link ServerRestartTest}: commits are written and flushed, but their answer is held back. */
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

    private void waitUntilCommitWaits() throws Exception {
        try (Connection c = server.admin(); PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND wait_event = 'SyncRep'")) {
            p.setString(1, alice);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getInt(1) > 0;
                }
            });
        }
    }
}
