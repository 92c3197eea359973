package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.Test;

/**
 * A teacher of a class on a server (the group roles are the whole server's) is given the address of another database
 * there that clinic-init never set up (a typo in the database name that happens to exist) and runs class-scores: they are told it is not set up for ExamPath, as
 * every other command and the window tell them, not shown the server's "relation … does not exist".
 */
class ClassScoresSchemaCheckTest {
    @Test
    void classScoresOnADatabaseNeverSetUpSaysSoNotARelationError() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            String teacher = server.newLogin("teach");
            // a teacher of a class on this server's ExamPath database: group roles belong to the whole server
            server.admin("GRANT exampath_teacher TO " + teacher);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new ClinicCommands(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    server.env(teacher)).run("class-scores", "--db", server.address());
            String said = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(Commands.BAD_INPUT, code, said);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertTrue(said.contains("is not set up for ExamPath; an administrator runs clinic-init on it first"), said);
        }
    }
}
