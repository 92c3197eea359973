package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import creates the database it is given, but not a tree of folders for it: a typo in the folder would
 * otherwise store the exams in a new, empty practice nobody opens, with exit 0.
 */
class ImportFolderTypoTest {
    @TempDir
    Path dir;

    @Test
    void importIntoAFolderThatDoesNotExistIsRefusedAndMakesNoFolder() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path typo = dir.resolve("clinc").resolve("exampath.db");
        CommandRun run = CommandRun.of("import", exam.toString(), "--db", typo.toString());
        assertTrue(run.refusedInOneLine(), run.code() + " " + run.err());
        assertTrue(run.err().contains("folder") && run.err().contains("nothing was imported"), run.err());
        assertFalse(Files.exists(dir.resolve("clinc")), "no folder was made at the typo");
    }

    @Test
    void theDefaultDatabaseFolderIsStillMadeOnFirstUse() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path home = dir.resolve("data");
        CommandRun run = ChildJvm.shell(dir, java.util.Map.of("XDG_DATA_HOME", home.toString()), "$JAVA import " + exam);
        assertTrue(run.code() == Commands.OK, run.err());
        assertTrue(Files.isRegularFile(home.resolve("exampath").resolve("exampath.db")));
    }
}
