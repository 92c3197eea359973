package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that cannot take what a command prints (a full disk behind {@code > exam.json}, a closed
 * pipe) is a failure said in one line, never exit 0 over a truncated file.
 */
class FailedOutputTest {
    @TempDir
    Path dir;

    /** Takes {@code room} bytes, then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private int room;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private static CommandRun onFullDisk(int room, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new ByteArrayInputStream(new byte[0]), new PrintStream(new FullDisk(room), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private static void assertFailedInOneLine(CommandRun run) {
        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().endsWith("\n") && run.err().indexOf('\n') == run.err().length() - 1, run.err());
        assertTrue(run.err().contains("standard output could not be written"), run.err());
    }

    @Test
    void evaluateOnAFullDiskFailsInOneLine() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        assertFailedInOneLine(onFullDisk(100, "evaluate", exam.toString()));
        assertFailedInOneLine(onFullDisk(0, "evaluate", exam.toString()));
    }

    @Test
    void exportAndListOnAFullDiskFailInOneLine() throws Exception {
        Path db = dir.resolve("x.db");
        assertEquals(0, CommandRun.of("import", CommandRun.examFile(dir, "lumbar-radicular-s1").toString(), "--db", db.toString()).code());
        assertFailedInOneLine(onFullDisk(10, "export", "1", "--db", db.toString()));
        assertFailedInOneLine(onFullDisk(0, "list", "--db", db.toString()));
    }

    @Test
    void anImportWhoseIdsCannotBePrintedSaysItWasStored() throws Exception {
        Path db = dir.resolve("x.db");
        CommandRun run = onFullDisk(0, "import", CommandRun.examFile(dir, "lumbar-radicular-s1").toString(), "--db", db.toString());
        assertFailedInOneLine(run);
        assertTrue(run.err().contains("the import itself was stored"), run.err());
        assertEquals("1", CommandRun.of("list", "--db", db.toString()).out().split("\t")[0]);
    }

    @Test
    void evaluateIntoAFullDeviceExitsNonZero() throws Exception {
        assumeTrue(java.nio.file.Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Path file = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = ChildJvm.shell(dir, Map.of(), "$JAVA evaluate " + file.getFileName() + " > /dev/full");
        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().strip().lines().reduce((a, b) -> b).orElse("").contains("standard output could not be written"), run.err());
    }
}
