package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.exampath.clinic.PgTestServer;
import org.junit.jupiter.api.Test;

/**
 * clinic-init and clinic-member as a practice's administrators who are not superusers, on a real PostgreSQL server:
 * the owner installs; a second administrator who is not granted the owner's role is told in one line what it lacks
 * (exit 2, nothing on standard output, nothing changed), and once granted it, upgrades and places a member.
 */
class ClinicInitRightsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return new ClinicCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
    }

    @Test
    void aSecondAdministratorIsToldItNeedsTheOwnersRoleThenUpgradesAndPlacesAMember() throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            String database = server.rows("SELECT current_database()").get(0);
            String owner = server.newLogin("owner");
            String deputy = server.newLogin("deputy");
            String dana = server.newLogin("dana");
            server.admin("ALTER ROLE " + owner + " CREATEROLE");
            server.admin("ALTER ROLE " + deputy + " CREATEROLE");
            server.admin("ALTER DATABASE " + database + " OWNER TO " + owner);
            String url = server.address();

            assertEquals(Commands.OK, run(server.env(owner), "clinic-init", "--db", url), err.toString(StandardCharsets.UTF_8));

            assertEquals(Commands.BAD_INPUT, run(server.env(deputy), "clinic-init", "--db", url));
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(server.address().replace("?sslmode=disable", "") + ": " + deputy + " may not change schema exampath in database "
                    + database + ": it belongs to " + owner + "; clinic-init runs as " + owner + ", as a role " + owner
                    + " is granted to (GRANT " + owner + " TO " + deputy + "), or as a superuser (nothing was changed)"),
                    err.toString(StandardCharsets.UTF_8).lines().toList());

            server.admin("GRANT " + owner + " TO " + deputy);
            assertEquals(Commands.OK, run(server.env(deputy), "clinic-init", "--db", url), err.toString(StandardCharsets.UTF_8));
            assertEquals(Commands.OK, run(server.env(deputy), "clinic-member", dana, "--as", "clinician", "--clinic", "Bay Physio",
                    "--db", url), err.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(dana + " | clinician | Bay Physio"), server.rows("SELECT m.role_name, m.kind, c.name "
                    + "FROM exampath.member m JOIN exampath.clinic c ON c.id = m.clinic_id"));
        }
    }
}
