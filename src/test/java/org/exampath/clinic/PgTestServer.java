package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the clinic tests, found through EXAMPATH_TEST_PG (host:port),
 * EXAMPATH_TEST_PG_USER and EXAMPATH_TEST_PG_PASSWORD (an administrator role;
 * src/test/pg/start-postgres.sh sets one up). Each test class gets its own database and login roles,
 * dropped afterwards. Without a server the tests are skipped, unless EXAMPATH_REQUIRE_PG is set (CI
 * sets it), when a missing server fails them.
 */
public final class PgTestServer implements AutoCloseable {
    static final String PASSWORD = "role-password-for-tests";
    private final String host;
    private final int port;
    private final String admin;
    private final String adminPassword;
    private final String database;
    private final String prefix;
    private final List<String> roles = new ArrayList<>();

    private PgTestServer(String hostPort, String admin, String adminPassword) throws SQLException {
        int colon = hostPort.lastIndexOf(':');
        this.host = hostPort.substring(0, colon);
        this.port = Integer.parseInt(hostPort.substring(colon + 1));
        this.admin = admin;
        this.adminPassword = adminPassword;
        this.prefix = "ep" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        this.database = prefix + "_db";
        try (Connection c = connect("postgres", admin, adminPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            groupRoles(c);
        }
    }

    /** The schema version clinic-init brings a database to: the number of clinic migrations this build ships. */
    public static int latestVersion() {
        return ClinicDatabase.MIGRATIONS.size();
    }

    /**
     * Makes the clinic's three group roles if the cluster has none yet. Roles belong to the cluster, not to a database:
     * two test JVMs (surefire's forks) migrating their own databases at the same moment on a fresh cluster would both
     * find them missing and one CREATE ROLE would fail on the other's. Made here under an advisory lock (both forks
     * take it in the postgres database), the migrations find them made. A cluster without them is
     * ClinicNonSuperuserAdminTest's, on a private server.
     */
    public static void groupRoles(Connection postgres) throws SQLException {
        boolean auto = postgres.getAutoCommit();
        postgres.setAutoCommit(false);
        try (Statement s = postgres.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(20261128)");
            for (String role : List.of("exampath_clinician", "exampath_student", "exampath_teacher")) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                        + role + " NOLOGIN; END IF; END $$");
            }
            postgres.commit();
        } finally {
            postgres.setAutoCommit(auto);
        }
    }

    public static PgTestServer start() {
        String hostPort = System.getenv("EXAMPATH_TEST_PG");
        boolean required = System.getenv("EXAMPATH_REQUIRE_PG") != null;
        if (hostPort == null) {
            if (required) {
                fail("EXAMPATH_REQUIRE_PG is set but EXAMPATH_TEST_PG is not: run src/test/pg/start-postgres.sh");
            }
            Assumptions.abort("no PostgreSQL for the clinic tests (set EXAMPATH_TEST_PG; see src/test/pg/start-postgres.sh)");
        }
        try {
            return new PgTestServer(hostPort, System.getenv("EXAMPATH_TEST_PG_USER"), System.getenv("EXAMPATH_TEST_PG_PASSWORD"));
        } catch (SQLException e) {
            if (required) {
                throw new AssertionError("PostgreSQL at " + hostPort + " is required but unreachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + hostPort + " is unreachable: " + e.getMessage());
            return null;
        }
    }

    ClinicUrl url() {
        return ClinicUrl.parse(ClinicUrl.SCHEME + host + ":" + port + "/" + database);
    }

    /** The administrator's view of the test database, as clinic-init would have it. */
    public ClinicDatabase asAdmin() {
        return new ClinicDatabase(url(), new ClinicCredentials(admin, adminPassword));
    }

    /** Each row of {@code sql} as the administrator sees it, its columns joined by " | " ({@link org.exampath.SqlRows}). */
    public java.util.List<String> rows(String sql) throws SQLException {
        try (Connection c = asAdmin().connect()) {
            return org.exampath.SqlRows.of(c, sql);
        }
    }

    /** A new login role (name unique to this run) with the test password. */
    public String newLogin(String name) throws SQLException {
        String role = prefix + "_" + name;
        try (Connection c = connect("postgres", admin, adminPassword); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        roles.add(role);
        return role;
    }

    /** A new login role (as {@link #newLogin}) made a member of {@code group} (a clinic or a class) as {@code kind}. */
    public String newMember(String name, ClinicMembers.Kind kind, String group) throws SQLException {
        String role = newLogin(name);
        new ClinicMembers(asAdmin()).add(role, kind, group);
        return role;
    }

    /** The test database's address as a user types it (no credentials in it). */
    public String address() {
        return url() + "?sslmode=disable";
    }

    /** The libpq environment a login uses: PGUSER and PGPASSWORD for {@code role}. */
    public java.util.Map<String, String> env(String role) {
        return java.util.Map.of("PGUSER", role, "PGPASSWORD", PASSWORD);
    }

    public ClinicDatabase as(String role) {
        return new ClinicDatabase(url(), new ClinicCredentials(role, PASSWORD));
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    String database() {
        return database;
    }

    String adminUser() {
        return admin;
    }

    String adminPassword() {
        return adminPassword;
    }

    private Connection connect(String db, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, p);
    }

    /** Runs SQL as the administrator in the test database (to cut connections or bar a login in a test). */
    public void admin(String sql) throws SQLException {
        try (Connection c = connect(database, admin, adminPassword); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect("postgres", admin, adminPassword); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            // the newest first: a role made later may be a member of, or have been placed by, an earlier one
            for (int i = roles.size() - 1; i >= 0; i--) {
                s.execute("DROP ROLE IF EXISTS " + roles.get(i));
            }
        }
    }
}
