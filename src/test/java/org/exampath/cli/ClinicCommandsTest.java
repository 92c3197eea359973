package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clinic-init and clinic-member against a real PostgreSQL server, with credentials from a pgpass file. */
class ClinicCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new ClinicCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
    }

    @Test
    void refusesAnAddressThatIsNotPostgresqlInOneLine() {
        assertEquals(Commands.BAD_INPUT, run(Map.of(), "clinic-init", "--db", "/tmp/x.db"));
        assertEquals("clinic-init needs --db postgresql://HOST[:PORT]/DBNAME\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void initialisesTheSchemaOnceAndPlacesAMember(@TempDir Path home) throws Exception {
        String hostPort = System.getenv("EXAMPATH_TEST_PG");
        if (hostPort == null) {
            Assumptions.assumeTrue(System.getenv("EXAMPATH_REQUIRE_PG") == null, "EXAMPATH_REQUIRE_PG set without a server");
            Assumptions.abort("no PostgreSQL (set EXAMPATH_TEST_PG)");
        }
        String admin = System.getenv("EXAMPATH_TEST_PG_USER");
        String password = System.getenv("EXAMPATH_TEST_PG_PASSWORD");
        String db = "ep" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Properties p = new Properties();
        p.setProperty("user", admin);
        p.setProperty("password", password);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", p);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
            s.execute("CREATE ROLE " + db + "_dana LOGIN");
            org.exampath.clinic.PgTestServer.groupRoles(c);
        }
        try {
            Path pgpass = home.resolve("pgpass");
            Files.writeString(pgpass, "*:*:" + db + ":" + admin + ":" + password + "\n");
            Map<String, String> env = Map.of("PGUSER", admin, "PGPASSFILE", pgpass.toString());
            String url = "postgresql://" + hostPort + "/" + db + "?sslmode=disable";
            assertEquals(Commands.OK, run(env, "clinic-init", "--db", url), err.toString(StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("(" + org.exampath.clinic.PgTestServer.latestVersion() + " migrations applied)"), out.toString(StandardCharsets.UTF_8));
            assertEquals(Commands.OK, run(env, "clinic-init", "--db", url));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("(0 migrations applied)"));
            assertEquals(Commands.OK, run(env, "clinic-member", db + "_dana", "--as", "clinician", "--clinic", "Bay Physio", "--db", url));
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + db, p);
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pg_has_role('" + db + "_dana', 'exampath_clinician', 'MEMBER')")) {
                r.next();
                assertTrue(r.getBoolean(1), "the login role joined the clinician group");
            }
            assertEquals(Commands.BAD_INPUT, run(env, "clinic-member", db + "_dana", "--as", "janitor", "--clinic", "X", "--db", url));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--as: expected clinician, student or teacher"));
        } finally {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", p);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + db + "_dana");
            }
        }
    }
}
