package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped option, a missing or empty value, or "-" where a file is needed is named in one line, and nothing is written. */
class CommandOptionsTest {
    @TempDir
    Path dir;

    private CommandRun refused(String... args) {
        CommandRun run = CommandRun.of(args);
        assertTrue(run.refusedInOneLine(), String.join(" ", args) + " -> " + run.code() + " " + run.err());
        return run;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNoteIsNeverWrittenToAFileCalledDash() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = refused("report", exam.toString(), "--out", "-");
        assertTrue(run.err().contains("standard output"), run.err());
        assertFalse(Files.exists(Path.of("-")), "no file named - in the working folder");
        assertFalse(Files.exists(dir.resolve("-")));
    }

    @Test
    void anEmptyOutOrDbIsNamed() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        assertTrue(refused("report", exam.toString(), "--out", "").err().startsWith("--out needs"));
        assertTrue(refused("report", exam.toString(), "--out", dir.resolve("n.pdf").toString(), "--db", "").err().startsWith("--db needs"));
        assertTrue(refused("list", "--db", "").err().startsWith("--db needs"));
        assertEquals(List.of("lumbar-radicular-s1.json"), files());
    }

    @Test
    void anUnknownOptionIsNamed() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path db = dir.resolve("x.db");
        for (String[] args : List.of(
                new String[] {"report", "1", "--outt", dir.resolve("n.pdf").toString(), "--db", db.toString()},
                new String[] {"report", exam.toString(), "--out", dir.resolve("n.pdf").toString(), "--dbb", db.toString()},
                new String[] {"import", exam.toString(), "--dbb", db.toString()},
                new String[] {"export", "1", "--dbb", db.toString()},
                new String[] {"list", "--dbb", db.toString()},
                new String[] {"evaluate", "--pretty"})) {
            CommandRun run = refused(args);
            String option = java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && !a.equals("--out") && !a.equals("--db")).findFirst().orElseThrow();
            assertTrue(run.err().contains("unknown option \"" + option + "\""), run.err());
        }
        assertEquals(List.of("lumbar-radicular-s1.json"), files(), "nothing was written");
    }

    @Test
    void anOptionGivenTwiceIsRefusedNotTheLastTaken() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = refused("report", exam.toString(), "--out", dir.resolve("a.pdf").toString(), "--out", dir.resolve("b.pdf").toString());
        assertTrue(run.err().contains("--out") && run.err().contains("once"), run.err());
        run = refused("import", exam.toString(), "--db", dir.resolve("a.db").toString(), "--db", dir.resolve("b.db").toString());
        assertTrue(run.err().contains("--db") && run.err().contains("once"), run.err());
        assertEquals(List.of("lumbar-radicular-s1.json"), files(), "nothing was written");
    }
}
