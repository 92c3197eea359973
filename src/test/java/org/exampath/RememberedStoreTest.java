package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exampath.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store used last, reopened at start: a clinic server that cannot be reached is never swapped for
 * this computer's database without asking (real stores: a port nothing listens on, real SQLite files).
 */
class RememberedStoreTest {
    @TempDir
    Path dir;

    private WindowStores stores() {
        return new WindowStores(Map.of("PGUSER", "anna", "PGPASSWORD", "not-used", "PGCONNECT_TIMEOUT", "2"), dir, Clock.systemUTC());
    }

    private static String unreachableServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "postgresql://127.0.0.1:" + port + "/exampath";
    }

    @Test
    void anUnreachableClinicServerAsksAndTriesAgainUntilTheUserChoosesThisComputersDatabase() throws Exception {
        String server = unreachableServer();
        List<String> asked = new ArrayList<>();
        List<RememberedStore.Choice> answers = new ArrayList<>(List.of(RememberedStore.Choice.TRY_AGAIN,
                RememberedStore.Choice.USE_LOCAL));
        RememberedStore.Outcome outcome = new RememberedStore(stores()::open, reason -> {
            asked.add(reason);
            return answers.remove(0);
        }).open(server);
        assertEquals(2, asked.size(), "asked once, tried again, asked again");
        assertTrue(asked.get(0).contains("127.0.0.1"), "the reason names the server: " + asked.get(0));
        assertTrue(outcome.opened().isEmpty());
        assertFalse(outcome.quit());
        assertTrue(outcome.note().contains("exams recorded here stay on this computer"), outcome.note());
    }

    @Test
    void quittingIsAChoiceToo() throws Exception {
        RememberedStore.Outcome outcome = new RememberedStore(stores()::open, reason -> RememberedStore.Choice.QUIT)
                .open(unreachableServer());
        assertTrue(outcome.quit());
        assertTrue(outcome.opened().isEmpty());
    }

    @Test
    void aSqliteFileThatNoLongerOpensGivesWayToTheUsualOneWithoutAsking() {
        Path gone = dir.resolve("moved-away.db");
        RememberedStore.Outcome outcome = new RememberedStore(stores()::open, reason -> {
            throw new AssertionError("a file is not a server: nothing to ask");
        }).open(gone.toString());
        assertTrue(outcome.opened().isEmpty());
        assertFalse(outcome.quit());
        assertTrue(outcome.note().startsWith("The last database used did not open ("), outcome.note());
    }

    @Test
    void aStoreThatOpensIsUsed() {
        Path file = dir.resolve("kept.db");
        Database.open(file).close();
        RememberedStore.Outcome outcome = new RememberedStore(stores()::open, reason -> {
            throw new AssertionError("it opened: nothing to ask");
        }).open(file.toString());
        assertTrue(outcome.opened().isPresent());
        outcome.opened().get().close();
    }
}
