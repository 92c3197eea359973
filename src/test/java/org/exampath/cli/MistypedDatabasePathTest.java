package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read the store (export, list, report ID) given a --db path that does not exist (a typo
 * for the practice's database): they should say so in one line and leave no new empty database behind.
 */
class MistypedDatabasePathTest {
    @TempDir
    Path dir;

    @Test
    void exportFromAMistypedDatabasePathLeavesNoNewDatabaseFile() {
        Path typo = dir.resolve("exampth.db");
        CommandRun run = CommandRun.of("export", "1", "--db", typo.toString());
        assertTrue(run.refusedInOneLine(), run.err());
        assertFalse(Files.exists(typo), "export created an empty database at the mistyped path " + typo);
    }

    @Test
    void listOfAMistypedDatabasePathIsRefusedAndCreatesNothing() {
        Path typo = dir.resolve("clinic").resolve("exampth.db");
        CommandRun run = CommandRun.of("list", "--db", typo.toString());
        // once: exit 0, empty output, and a new empty database (and its folder) made at the typo
        assertTrue(run.refusedInOneLine(), "exit " + run.code() + ", stderr: " + run.err());
        assertFalse(Files.exists(typo), "list created an empty database at the mistyped path " + typo);
    }

    @Test
    void reportOfAnIdFromAMistypedDatabasePathIsRefusedAndCreatesNothing() {
        Path typo = dir.resolve("exampth.db");
        CommandRun run = CommandRun.of("report", "1", "--out", dir.resolve("note.pdf").toString(), "--db", typo.toString());
        assertTrue(run.refusedInOneLine(), run.err());
        assertTrue(run.err().contains(typo.toString()), "names the path: " + run.err());
        assertFalse(Files.exists(typo), "report created an empty database at the mistyped path " + typo);
        assertFalse(Files.exists(dir.resolve("note.pdf")));
    }

    @Test
    void importStillCreatesTheDatabaseItIsGiven() throws Exception {
        Path fresh = dir.resolve("new.db");
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        CommandRun run = CommandRun.of("import", exam.toString(), "--db", fresh.toString());
        assertTrue(run.code() == Commands.OK && Files.exists(fresh), run.err());
    }
}
