package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 (10): what the commands print is one line per message or row, with nothing a terminal would obey. */
class CommandMessagesTest {
    @TempDir
    Path dir;

    @Test
    void listShowsControlCharactersAndEscapesInLabelsAsVisibleEscapes() throws Exception {
        Path db = dir.resolve("x.db");
        assertEquals(0, CommandRun.of("import", CommandRun.examFile(dir, "lumbar-radicular-s1").toString(), "--db", db.toString()).code());
        // A file from elsewhere (or an older store) may hold such a label although today's CHECK refuses it, and
        // version 10's trigger refuses renaming a patient in place: both set aside to plant it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement update = c.prepareStatement("UPDATE patient SET label = ?")) {
            c.createStatement().execute("PRAGMA ignore_check_constraints = ON");
            c.createStatement().execute("DROP TRIGGER patient_label_kept");
            update.setString(1, "P\u001b[2J\u001b]0;owned\u0007\nnext\tcol\u202eA");
            update.executeUpdate();
        }
        CommandRun list = CommandRun.of("list", "--db", db.toString());
        assertEquals(0, list.code(), list.err());
        assertEquals(1, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("\tP\\u001b[2J\\u001b]0;owned\\u0007\\u000anext\\u0009col\\u202eA\t"), list.out());
        assertFalse(list.out().chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n'), "no raw control characters");
    }

    @Test
    void aFileNameTheSystemCannotEncodeIsAOneLineRefusal() {
        CommandRun run = CommandRun.of("evaluate", "exam\u0000.json");
        assertTrue(run.refusedInOneLine(), run.err());
        assertTrue(run.err().startsWith("exam\\u0000.json: "), run.err());
    }

    @Test
    void aNonAsciiFileNameInThePosixLocaleIsNotACrash() throws Exception {
        Files.writeString(dir.resolve("Jos\u00e9.json"), "{\"format\": \"exam/1\"}");
        CommandRun run = ChildJvm.shell(dir, Map.of("LANG", "C", "LC_ALL", "C"), "$JAVA import Jos\u00e9.json --db x.db");
        assertTrue(run.code() == 0 || run.refusedInOneLine(), run.code() + " " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aStoreAddressHoldingAPasswordIsRefusedInOneLineThatNeverShowsIt() throws Exception {
        for (String db : java.util.List.of("postgres://anna:Zq7secret@db.example/exampath", "anna:Zq7secret@db.example/exampath",
                "postgresql://db.example/exampath?password=Zq7secret")) {
            CommandRun run = ChildJvm.shell(dir, Map.of(), "$JAVA list --db '" + db + "'");
            assertTrue(run.refusedInOneLine(), db + ": " + run.code() + " " + run.err());
            assertFalse(run.err().contains("Zq7secret"), run.err());
            assertTrue(run.err().contains("the address holds a password"), run.err());
        }
        try (java.util.stream.Stream<Path> made = Files.list(dir)) {
            assertEquals(java.util.List.of(), made.toList(), "no file or folder was made of the address");
        }
    }

    @Test
    void closedStandardInputIsCalledClosedNotTooLarge() throws Exception {
        CommandRun run = ChildJvm.shell(dir, Map.of(), "$JAVA evaluate - <&-");
        assertTrue(run.refusedInOneLine(), run.err());
        assertEquals("-: standard input is closed; pipe an exam file into it or give its file name\n", run.err());
    }
}
