package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.Test;

/**
 * clinic-member places a clinician with --clinic and a student or teacher with --class (README, usage text).
 * Today the option's name is ignored: a clinician given --class "PT2 2026" becomes a clinician of a new clinic
 * called "PT2 2026", and a student given --clinic becomes a student of a class named after the clinic, both
 * reported as done. The mismatch should be refused in one line and change nothing on the server.
 */
class ClinicMemberPlaceOptionTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Map<String, String> env = Map.of("PGUSER", System.getenv("EXAMPATH_TEST_PG_USER"),
                "PGPASSWORD", System.getenv("EXAMPATH_TEST_PG_PASSWORD"));
        return new ClinicCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
    }

    @Test
    void aClinicianGivenAClassInsteadOfAClinicIsRefusedAndNoClinicIsMade() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newLogin("bob");
            int code = run("clinic-member", role, "--as", "clinician", "--class", "PT2 2026", "--db", server.address());
            assertEquals(Commands.BAD_INPUT, code, "stdout: " + out.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--clinic"), err.toString(StandardCharsets.UTF_8));
            try (Connection c = server.asAdmin().connect();
                 PreparedStatement p = c.prepareStatement("SELECT count(*) FROM exampath.clinic WHERE name = 'PT2 2026'");
                 ResultSet r = p.executeQuery()) {
                r.next();
                assertEquals(0, r.getInt(1), "a clinic named after the class was created");
            }
            assertFalse(isMember(server, role), "the login was placed although the command was wrong");
        }
    }

    @Test
    void aStudentGivenAClinicInsteadOfAClassIsRefused() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String role = server.newLogin("sam");
            int code = run("clinic-member", role, "--as", "student", "--clinic", "Harbour Physio", "--db", server.address());
            assertEquals(Commands.BAD_INPUT, code, "stdout: " + out.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--class"), err.toString(StandardCharsets.UTF_8));
            assertFalse(isMember(server, role), "the student was placed in a class named after a clinic");
        }
    }

    private static boolean isMember(PgTestServer server, String role) throws Exception {
        try (Connection c = server.asAdmin().connect();
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM exampath.member WHERE role_name = ?")) {
            p.setString(1, role);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }
}
