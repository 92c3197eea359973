package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 (8, 10): exam input is a regular file or standard input, read with the size cap, never without end. */
class InputLimitsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static CommandRun refused(String... args) {
        CommandRun run = assertTimeoutPreemptively(QUICKLY, () -> CommandRun.of(args));
        assertTrue(run.refusedInOneLine(), run.code() + " " + run.err());
        return run;
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("exam.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTrue(refused("evaluate", fifo.toString()).err().contains("not a regular file"));
        refused("import", fifo.toString(), "--db", dir.resolve("x.db").toString());
        refused("report", fifo.toString(), "--out", dir.resolve("n.pdf").toString(), "--db", dir.resolve("x.db").toString());
        assertTrue(!Files.exists(dir.resolve("x.db")) && !Files.exists(dir.resolve("n.pdf")), "nothing was written");
    }

    @Test
    void anEndlessDeviceOrALinkToItIsRefusedBeforeReading() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertTrue(refused("evaluate", "/dev/zero").err().contains("not a regular file"));
        assertTrue(refused("evaluate", link.toString()).err().contains("not a regular file"));
    }

    @Test
    void aFileOverTheCapIsRefusedAndAFolderIsNamed() throws Exception {
        Path big = Files.write(dir.resolve("big.json"), new byte[(1 << 20) + 1]);
        assertTrue(refused("evaluate", big.toString()).err().contains("larger than 1 MiB"));
        assertTrue(refused("evaluate", dir.toString()).err().contains("is a folder"));
    }

    @Test
    void emptyStandardInputIsCalledEmpty() {
        CommandRun run = CommandRun.with(new ByteArrayInputStream(new byte[0]), "evaluate", "-");
        assertTrue(run.refusedInOneLine(), run.err());
        assertEquals("-: standard input is empty; pipe an exam file into it or give its file name\n", run.err());
    }

    @Test
    void endlessStandardInputIsReadOnlyUpToTheCap() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        CommandRun run = assertTimeoutPreemptively(QUICKLY, () -> CommandRun.with(zeros, "evaluate", "-"));
        assertTrue(run.refusedInOneLine() && run.err().contains("larger than 1 MiB"), run.err());
    }
}
