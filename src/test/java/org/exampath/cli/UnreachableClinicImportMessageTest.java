package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import into a clinic server that cannot be reached: the command keeps nothing (no recovery copy, exit 2),
 * so its message must not tell the clinician the exam is kept and saved when the server is back.
 */
class UnreachableClinicImportMessageTest {
    @TempDir
    Path dir;

    @Test
    void importToAnUnreachableClinicServerDoesNotPromiseToSaveTheExamLater() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        String address = "postgresql://127.0.0.1:" + closedPort + "/clinic?sslmode=disable";
        CommandRun run = ChildJvm.shell(dir, Map.of("PGUSER", "anna", "PGPASSWORD", "not-used", "HOME", dir.toString()),
                "$JAVA import " + exam.getFileName() + " --db '" + address + "'");
        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertEquals("", run.out(), "no encounter id is printed");
        String last = run.err().lines().reduce((earlier, line) -> line).orElse("");
        // once: "the clinic server ... cannot be reached; changes are kept and saved when it is back"
        assertFalse(last.contains("saved when it is back"), "nothing is kept by the command, yet it says: " + last);
        assertFalse(last.contains("kept"), "nothing is kept by the command, yet it says: " + last);
        assertTrue(last.contains("cannot be reached") && last.contains("nothing was imported") && last.contains("try again"), last);
    }

    @Test
    void listOfAnUnreachableClinicServerSaysToTryAgainAndPromisesNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String address = "postgresql://127.0.0.1:" + closedPort + "/clinic?sslmode=disable";
        CommandRun run = ChildJvm.shell(dir, Map.of("PGUSER", "anna", "PGPASSWORD", "not-used", "HOME", dir.toString()),
                "$JAVA list --db '" + address + "'");
        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertEquals("", run.out());
        String last = run.err().lines().reduce((earlier, line) -> line).orElse("");
        assertFalse(last.contains("kept"), last);
        assertTrue(last.contains("cannot be reached") && last.contains("try again"), last);
    }
}
