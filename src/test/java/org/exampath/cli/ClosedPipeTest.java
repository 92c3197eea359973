package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.exampath.ChildJava;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader that stops early ({@code exampath list | head -1}) ends a command quietly: nothing on standard error and
 * status 141 (128 + SIGPIPE), as {@code cat} or {@code git log} end there; a full disk is still a failure said in one line.
 */
class ClosedPipeTest {
    /** Rows enough that {@code list} prints well past a pipe's 64 KiB buffer, so it is still writing when the reader goes. */
    private static final int ROWS = 600;

    @TempDir
    Path dir;

    /** Holds the database of {@link #ROWS} encounters, made once for the tests that only list it. */
    @TempDir
    static Path shared;

    private static Path many;

    /** Fails every write as the system does once the reader of a pipe has gone, or as a full disk does. */
    private static final class Failing extends OutputStream {
        private final String reason;

        Failing(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }
    }

    private static CommandRun into(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Commands(new ByteArrayInputStream(new byte[0]), StandardOutput.over(out, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A database holding {@link #ROWS} encounters with long labels, imported the first time a test asks for it. The
     * tests only list it, so one import serves them all (it is most of what each test cost).
     */
    private static synchronized Path manyEncounters() throws Exception {
        if (many == null) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode exam = (ObjectNode) json.readTree(CommandRun.examFile(shared, "lumbar-radicular-s1").toFile());
            List<String> args = new ArrayList<>(List.of("import"));
            for (int i = 0; i < ROWS; i++) {
                ((ObjectNode) exam.get("patient")).put("label", "P-" + i + "-" + "x".repeat(180));
                Path file = shared.resolve("e" + i + ".json");
                json.writeValue(file.toFile(), exam);
                args.add(file.toString());
            }
            Path db = shared.resolve("many.db");
            args.addAll(List.of("--db", db.toString()));
            CommandRun imported = CommandRun.of(args.toArray(String[]::new));
            assertEquals(0, imported.code(), imported.err());
            many = db;
        }
        return many;
    }

    private static ProcessBuilder launcher(Path dir, String... args) {
        return new ProcessBuilder(ChildJava.command("org.exampath.Launcher", args)).directory(dir.toFile());
    }

    /**
     * What a command printed on standard error, less SLF4J's start-up note, which the test class path brings (SQLite's
     * driver looks for a logger; the jar ships none, so the jar prints no such note).
     */
    private static String errorsOf(String err) {
        return err.lines().filter(line -> !line.startsWith("SLF4J(")).map(line -> line + "\n").reduce("", String::concat);
    }

    private static int ended(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not finish");
        }
        return p.exitValue();
    }

    @Test
    void listReadOneLineThenClosedEndsQuietlyWith141() throws Exception {
        Path db = manyEncounters();
        Process p = launcher(dir, "list", "--db", db.toString()).start();
        p.getOutputStream().close();
        String first;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            first = out.readLine();
        }
        int code = ended(p);
        String err = errorsOf(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(first != null && first.matches("\\d+\t.*"), "the first row was printed: " + first);
        assertEquals("", err, "nothing on standard error");
        assertEquals(Commands.READER_CLOSED, code);
    }

    @Test
    void listIntoHeadInAShellEndsQuietlyWith141() throws Exception {
        Path db = manyEncounters();
        CommandRun run = ChildJvm.shell(dir, Map.of(), "( $JAVA list --db " + db + " 2>err.txt; echo $? >code.txt ) | head -1");
        assertTrue(run.out().matches("(?s)\\d+\t.*") && run.out().indexOf('\n') == run.out().length() - 1, run.out());
        assertEquals("", errorsOf(Files.readString(dir.resolve("err.txt"))));
        assertEquals(Integer.toString(Commands.READER_CLOSED), Files.readString(dir.resolve("code.txt")).strip());
    }

    @Test
    void evaluateWhoseReaderHasGoneBeforeItPrintsEndsQuietlyWith141() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Process p = launcher(dir, "evaluate", exam.toString()).start();
        p.getOutputStream().close();
        // closed long before the new process has started Java and read the exam, let alone printed
        p.getInputStream().close();
        int code = ended(p);
        assertEquals("", errorsOf(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)), "nothing on standard error");
        assertEquals(Commands.READER_CLOSED, code);
    }

    @Test
    void aBrokenPipeInProcessIsQuietForEveryCommandThatPrints() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path db = dir.resolve("x.db");
        assertEquals(0, CommandRun.of("import", exam.toString(), "--db", db.toString()).code());
        for (String[] args : List.of(new String[] {"evaluate", exam.toString()}, new String[] {"export", "1", "--db", db.toString()},
                new String[] {"list", "--db", db.toString()}, new String[] {"--help"})) {
            CommandRun run = into(new Failing("Broken pipe"), args);
            assertEquals(new CommandRun(Commands.READER_CLOSED, "", ""), run, args[0]);
        }
        // a pipe Windows closed says so in its own words
        assertEquals(Commands.READER_CLOSED, into(new Failing("The pipe is being closed"), "evaluate", exam.toString()).code());
    }

    @Test
    void aFullDiskBehindStandardOutputIsStillAFailureSaidInOneLine() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = into(new Failing("No space left on device"), "evaluate", exam.toString());
        assertEquals(Commands.BAD_INPUT, run.code());
        assertTrue(run.err().contains("standard output could not be written") && run.err().indexOf('\n') == run.err().length() - 1,
                run.err());
    }

    @Test
    void aFullPipeWhoseReaderIsStillThereIsAFailureNotAClosedPipe() throws Exception {
        // a non-blocking pipe left full by a reader that has not gone fails with EAGAIN: output was lost, so it is said
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = into(new Failing("Resource temporarily unavailable"), "evaluate", exam.toString());
        assertEquals(Commands.BAD_INPUT, run.code());
        assertTrue(run.err().contains("standard output could not be written"), run.err());
    }

    @Test
    void outputThatWentThroughIsNotMistakenForAClosedPipe() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandRun run = into(out, "evaluate", CommandRun.examFile(dir, "lumbar-radicular-s1").toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
