package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report with a clinic --db still never writes its note over this computer's own database, as the window
 * never does in clinic mode: that file holds the exams kept on this computer.
 */
class ClinicReportLocalDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theLocalDatabaseIsNotTheNoteWhenTheStoreIsAClinicServer() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path data = dir.resolve("data");
        Path local = Files.createDirectories(data.resolve("exampath")).resolve("exampath.db");
        Files.writeString(local, "SQLite format 3\u0000 the exams on this computer");
        for (Path target : new Path[] {local, local.resolveSibling("exampath.db.bak")}) {
            // 192.0.2.1 is reserved for documentation: a report of a file never asks the server anyway
            CommandRun run = ChildJvm.shell(dir, Map.of("XDG_DATA_HOME", data.toString()),
                    "$JAVA report " + exam + " --db postgresql://192.0.2.1/exampath --out " + target);
            assertEquals(Commands.BAD_INPUT, run.code(), target + ": " + run.err());
            String last = run.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(last.contains("choose another file name"), run.err());
        }
        assertEquals("SQLite format 3\u0000 the exams on this computer", Files.readString(local));
        assertTrue(!Files.exists(local.resolveSibling("exampath.db.bak")));
    }
}
