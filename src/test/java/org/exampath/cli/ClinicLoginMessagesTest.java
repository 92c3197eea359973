package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a clinician is told by the commands when their login, not the server, is the problem. */
class ClinicLoginMessagesTest {
    @TempDir
    Path dir;

    private static String lastLine(CommandRun run) {
        // (the test class path brings SLF4J's start-up note to stderr; the last line is the command's own)
        return run.err().lines().reduce((earlier, line) -> line).orElse("");
    }

    /**
     * No PGPASSWORD and no ~/.pgpass line (a new clinician's first try): the server is up and asks for a password.
     * The driver reports SQLState 08004, which the command once read as a lost server ("cannot be reached"), so the
     * clinician and IT chased a network fault instead of setting the password.
     */
    @Test
    void aLoginWithNoPasswordIsToldSoNotThatTheServerCannotBeReached() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newLogin("nopass");
            new ClinicMembers(server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, "Clinic " + role);
            CommandRun run = ChildJvm.shell(dir, Map.of("PGUSER", role, "PGPASSFILE", dir.resolve("no-pgpass").toString()),
                    "unset PGPASSWORD; $JAVA list --db '" + server.address() + "'");
            assertEquals(Commands.BAD_INPUT, run.code(), run.err());
            String line = lastLine(run);
            assertFalse(line.contains("cannot be reached"), "the server is up; the login has no password: " + line);
            assertTrue(line.toLowerCase(java.util.Locale.ROOT).contains("password"), line);
            assertTrue(line.contains(role) && line.contains("PGPASSWORD") && line.contains(".pgpass"),
                    "names the login and where a password is looked for: " + line);
        }
    }

    /**
     * class-scores run by a clinician (no class): README says anyone but a teacher or student is told why there is
     * nothing. The command once printed the server's raw "ERROR: permission denied for table practice_attempt".
     */
    @Test
    void classScoresForAClinicianSaysTheLoginHasNoClassNotARawPermissionError() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newLogin("clin");
            new ClinicMembers(server.asAdmin()).add(role, ClinicMembers.Kind.CLINICIAN, "Clinic " + role);
            CommandRun run = ChildJvm.shell(dir, server.env(role), "$JAVA class-scores --db '" + server.address() + "'");
            assertEquals(Commands.BAD_INPUT, run.code(), run.err());
            assertEquals("", run.out());
            String line = lastLine(run);
            assertFalse(line.contains("permission denied for table"), "a raw server error instead of why: " + line);
            assertTrue(line.contains("teacher") || line.contains("student"), line);
        }
    }

    /** A student's login keeps no patients on the server: list says so, not "permission denied for table encounter". */
    @Test
    void aStudentsListIsToldWhyNotShownTheServersPermissionError() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newMember("stud", ClinicMembers.Kind.STUDENT, "PT2 2026");
            CommandRun run = ChildJvm.shell(dir, server.env(role), "$JAVA list --db '" + server.address() + "'");
            assertEquals(Commands.BAD_INPUT, run.code(), run.err());
            assertEquals("", run.out());
            String line = lastLine(run);
            assertFalse(line.contains("permission denied"), "a raw server error instead of why: " + line);
            assertTrue(line.contains(role) && line.contains("student") && line.contains("clinician"), line);
        }
    }
}
