package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child process saves change after change, noting each commit in an ack file;
 * it is killed without warning many times. Every time, the database must pass integrity_check and hold every acknowledged change.
 */
class CrashTest {
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterLosesNothingAcknowledged() throws Exception {
        Path file = dir.resolve("crash.db");
        Random random = new Random(20261126L);
        for (int round = 0; round < KILLS; round++) {
            Path acks = dir.resolve("acks-" + round);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), file.toString(),
                    Integer.toString(round), acks.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(acks) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            TimeUnit.MILLISECONDS.sleep(20 + random.nextInt(300));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            List<String> lines = Files.readAllLines(acks);
            String[] last = lines.get(lines.size() - 1).split(" ");
            AtomicLong encounter = new AtomicLong(Long.parseLong(last[0]));
            AtomicInteger acked = new AtomicInteger(Integer.parseInt(last[1]));
            int ackedNow = acked.get();
            assertTrue(ackedNow >= 0, "the writer acknowledged a change in round " + round);
            try (Database db = Database.open(file)) {
                assertEquals("ok", db.integrityCheck(), "integrity after kill " + round);
                FindingValue stored = new EncounterStore(db, java.time.Clock.systemUTC()).load(encounter.get()).orElseThrow()
                        .exam().value("history.duration_weeks");
                int value = ((FindingValue.Count) stored).value();
                assertTrue(value == ackedNow || value == ackedNow + 1,
                        "stored " + value + " after acknowledging " + ackedNow + " (at most the change in flight is lost)");
            }
        }
    }
}
