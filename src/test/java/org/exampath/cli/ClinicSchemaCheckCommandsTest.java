package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands import, list, export and report check a clinic server's schema before they use it, as the window
 * does (ClinicDatabase.check: not set up, older, newer) and as {@code Database.open} refuses a newer SQLite store:
 * they never write into a schema a newer ExamPath made, and a database clinic-init never set up is named as such,
 * not by PostgreSQL's "relation exampath.encounter does not exist".
 */
class ClinicSchemaCheckCommandsTest {
    @TempDir
    Path dir;
    private PgTestServer server;

    @BeforeEach
    void start() {
        server = PgTestServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) { // null when no server was given: the test was skipped, not failed
            server.close();
        }
    }

    private CommandRun as(String role, String command) throws Exception {
        Map<String, String> env = new HashMap<>(server.env(role));
        env.put("HOME", dir.toString());
        return ChildJvm.shell(dir, env, "$JAVA " + command + " --db '" + server.address() + "'");
    }

    @Test
    void anImportIntoASchemaNewerThanThisExamPathKnowsIsRefused() throws Exception {
        server.asAdmin().migrate();
        String anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "North");
        // a newer ExamPath's clinic-init has run on the server
        server.admin("UPDATE exampath.meta SET version = version + 1");
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");

        CommandRun run = as(anna, "import " + exam.getFileName());

        assertEquals(Commands.BAD_INPUT, run.code(), "an exam was stored in a schema this ExamPath does not know: " + run.out());
        assertTrue(run.err().contains("newer than this ExamPath"), run.err());
        assertTrue(run.err().contains("(nothing was imported)"), run.err());
        assertEquals(java.util.List.of(), server.rows("SELECT id FROM exampath.encounter"), "nothing is written");
    }

    @Test
    void aDatabaseClinicInitNeverSetUpIsNamedAsSuch() throws Exception {
        server.asAdmin().migrate();
        String anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "North");
        server.admin("DROP SCHEMA exampath CASCADE");

        CommandRun run = as(anna, "list");

        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("not set up for ExamPath"),
                "the message does not say the server needs clinic-init: " + run.err());
    }

    @Test
    void anExportFromASchemaOlderThanThisExamPathNeedsAsksForClinicInit() throws Exception {
        server.asAdmin().migrate();
        String anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "North");
        server.admin("UPDATE exampath.meta SET version = version - 1");

        CommandRun run = as(anna, "export 1");

        assertEquals(Commands.BAD_INPUT, run.code(), run.err());
        assertEquals("", run.out(), "nothing is exported");
        assertTrue(run.err().contains("older than this ExamPath needs") && run.err().contains("clinic-init"), run.err());
        // the driver's logging set-up warnings (SLF4J) aside, the command says it in one line
        assertEquals(1, run.err().lines().filter(line -> !line.startsWith("SLF4J")).count(), "one line: " + run.err());
    }
}
