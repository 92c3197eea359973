package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} for the whole line and for each command, and {@code --version}: said on standard output, exit 0, nothing done. */
class HelpCommandTest {
    private static final List<String> COMMANDS = List.of("evaluate", "import", "export", "list", "report", "clinic-init",
            "clinic-member", "class-scores");

    @TempDir
    Path dir;

    @Test
    void theOverviewNamesEveryCommandWithWhatItDoesAndTheExitStatuses() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.code());
        assertEquals("", run.err());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("exampath " + command + " "), command + " is in the overview: " + run.out());
        }
        assertTrue(run.out().contains("exampath [open FILE] [--db DB]"), run.out());
        assertTrue(run.out().contains("Exit status: 0"), run.out());
        assertEquals(run, CommandRun.of("-h"));
    }

    @Test
    void eachCommandAnswersHelpWithItsOwnUsageWhereverTheWordStands() {
        for (String command : COMMANDS) {
            CommandRun run = CommandRun.of(command, "--help");
            assertEquals(0, run.code(), command);
            assertEquals("", run.err(), command);
            assertTrue(run.out().startsWith("usage: exampath " + command + " "), run.out());
            assertFalse(run.out().contains("class-scores") && !command.startsWith("class"), "only this command's help: " + run.out());
        }
        assertEquals(CommandRun.of("report", "--help"), CommandRun.of("report", "12", "--out", "n.pdf", "-h"));
    }

    @Test
    void helpDoesNothingElseTheCommandWouldHaveDone() throws Exception {
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Path db = dir.resolve("help.db");
        Path note = dir.resolve("note.pdf");
        assertEquals(0, CommandRun.of("import", exam.toString(), "--db", db.toString(), "--help").code());
        assertEquals(0, CommandRun.of("report", exam.toString(), "--out", note.toString(), "--help").code());
        assertFalse(Files.exists(db), "no database was made by asking for help");
        assertFalse(Files.exists(note), "no note was written by asking for help");
    }

    @Test
    void theErrorsUsageIsTheHelpsCommandLines() {
        CommandRun run = CommandRun.of("frobnicate");
        assertEquals(2, run.code());
        for (String command : COMMANDS) {
            String synopsis = Help.of(command).lines().findFirst().orElseThrow().substring("usage: exampath ".length());
            assertTrue(run.err().contains(synopsis), synopsis + " in " + run.err());
        }
    }

    @Test
    void versionNamesTheKnowledgeBaseItReasonsWith() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("ExamPath "), run.out());
        assertTrue(run.out().contains("knowledge base " + TestKnowledge.SHIPPED.version()), run.out());
    }
}
