package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.exampath.ChildJava;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child process enters change after change through the autosave queue, noting each
 * change the queue reports saved in an ack file;
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
            Process child = new ProcessBuilder(ChildJava.command(CrashWriter.class.getName(), file.toString(),
                    Integer.toString(round), acks.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while ((!Files.exists(acks) || Files.size(acks) == 0) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            TimeUnit.MILLISECONDS.sleep(20 + random.nextInt(300));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            List<String> lines = Files.readAllLines(acks);
            assertTrue(!lines.isEmpty(), "the autosave queue acknowledged at least one change before kill " + round);
            String[] last = lines.get(lines.size() - 1).split(" ");
            long encounter = Long.parseLong(last[0]);
            int acked = Integer.parseInt(last[1]);
            try (Database db = Database.open(file)) {
                assertEquals("ok", db.integrityCheck(), "integrity after kill " + round);
                EncounterStore store = new EncounterStore(db, java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
                int value = ((FindingValue.Count) store.load(encounter).orElseThrow().exam().value("history.duration_weeks")).value();
                assertTrue(value == acked || value == acked + 1,
                        "stored " + value + " after acknowledging " + acked + " (at most the change in flight is lost)");
                java.util.Set<Integer> audited = new java.util.TreeSet<>();
                store.audit(encounter).stream().filter(a -> a.finding().equals("history.duration_weeks"))
                        .forEach(a -> audited.add(((FindingValue.Count) a.newValue()).value()));
                for (String line : lines) {
                    int n = Integer.parseInt(line.split(" ")[1]);
                    assertTrue(audited.contains(n), "acknowledged change " + n + " is in the audit after kill " + round);
                }
            }
        }
    }
}
