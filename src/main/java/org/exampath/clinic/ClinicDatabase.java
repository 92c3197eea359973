package org.exampath.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * Connections to a clinic's PostgreSQL server and its numbered migrations. Migrations run only from
 * {@code clinic-init}, by an administrator role, one at a time under an advisory lock, in one transaction and as
 * the schema's owner ({@link ClinicInstaller} checks who may, before any runs); the app's users only ever connect.
 */
public final class ClinicDatabase {
    /** The migrations in order; their position is the schema version they bring. */
    static final List<String> MIGRATIONS = List.of("001-schema.sql", "002-security.sql", "003-one-trip-save.sql",
            "004-create-and-action-keys.sql", "005-action-recorded-at.sql", "006-follow-up-carry-over.sql",
            "007-created-by-stamped.sql", "008-encounter-as-recorded.sql", "009-action-time-by-the-server.sql",
            "010-encounter-entries-as-changed.sql", "011-entries-audited.sql", "012-labels-searched-in-nfc.sql",
            "013-audit-written-by-the-server.sql", "014-patient-moves-audited.sql",
            "015-actions-found-by-encounter.sql", "016-action-urgency.sql", "017-age-and-sex-audited.sql",
            "018-duration-moved-forward-carried.sql", "019-list-order-index.sql", "020-summary-knowledge.sql");
    private static final long MIGRATION_LOCK = 0x45_78_61_6d_50_61_74_68L;

    private final ClinicUrl url;
    private final ClinicCredentials credentials;

    public ClinicDatabase(ClinicUrl url, ClinicCredentials credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /** The server at {@code url} as this program's user logs in to it, credentials found as libpq finds them. */
    public static ClinicDatabase forThisUser(ClinicUrl url, java.util.Map<String, String> env) {
        return new ClinicDatabase(url, ClinicCredentials.find(url, env, java.nio.file.Path.of(System.getProperty("user.home")),
                System.getProperty("user.name")));
    }

    public ClinicUrl url() {
        return url;
    }

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", credentials.user());
        if (credentials.password() != null) {
            props.setProperty("password", credentials.password());
        }
        props.setProperty("sslmode", url.sslMode());
        props.setProperty("ApplicationName", "ExamPath");
        props.setProperty("connectTimeout", "5");
        // the whole login, not only the TCP connect: a server that takes the connection and never answers is given up on
        props.setProperty("loginTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        try {
            return DriverManager.getConnection(url.jdbcUrl(), props);
        } catch (SQLException e) {
            // the driver words a password it was never given as a rejected connection (SQLSTATE 08004), which reads as a lost server
            if (credentials.password() == null && "08004".equals(e.getSQLState())
                    && !String.valueOf(e.getMessage()).contains("SSL")) {
                throw new NoPassword(credentials.user(), e);
            }
            throw e;
        }
    }

    /**
     * The server asked for a password and none was found where libpq looks. Its SQLSTATE is the login's
     * (28000, invalid authorization), not a connection's: the server is there, the login lacks its password.
     */
    static final class NoPassword extends SQLException {
        private static final long serialVersionUID = 1L;

        NoPassword(String user, SQLException cause) {
            super("the server asked for a password for " + user + ", and none was found in PGPASSWORD, PGPASSFILE or ~/.pgpass",
                    "28000", cause);
        }
    }

    /** The schema version the server holds: 0 for a database ExamPath never set up. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('exampath.meta') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM exampath.meta")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Connects once and checks the schema, for a client about to use the store: a server that cannot be
     * reached, a database clinic-init never set up, or one older or newer than this ExamPath is refused in one line.
     */
    public void check() {
        try (Connection c = connect()) {
            String problem = schemaProblem(version(c));
            if (problem != null) {
                throw new org.exampath.store.StoreException(problem);
            }
        } catch (SQLException e) {
            if (ClinicUnreachable.unknownHost(e)) {
                // the driver says only "The connection attempt failed.": the name is what is wrong, and waiting never mends it
                throw new org.exampath.store.StoreException(url + ": the host name \"" + url.host() + "\" is not known; "
                        + "check the address (and that this computer is on the network)", e);
            }
            throw new org.exampath.store.StoreException(url + ": " + ClinicFailure.oneLine(e.getMessage()), e);
        }
    }

    /**
     * Why a schema of {@code version} is not one this ExamPath may use, in one line naming the server; null when it is
     * this ExamPath's own. Checked when a client opens the server and on each connection a store opens later (the
     * server may have been brought to another schema while the store sat open).
     */
    String schemaProblem(int version) {
        if (version == 0) {
            return url + " is not set up for ExamPath; an administrator runs clinic-init on it first";
        }
        if (version > MIGRATIONS.size()) {
            return url + " has schema version " + version + ", newer than this ExamPath knows; update ExamPath";
        }
        if (version < MIGRATIONS.size()) {
            return url + " has schema version " + version + ", older than this ExamPath needs (" + MIGRATIONS.size()
                    + "); an administrator runs clinic-init on it again to bring it up to date";
        }
        return null;
    }

    /** The login role this client connects as. */
    public String user() {
        return credentials.user();
    }

    /** Brings the schema to the newest version; returns how many migrations ran. Idempotent. */
    public int migrate() throws SQLException {
        return migrate(MIGRATIONS.size());
    }

    /** Brings the schema up to version {@code target} (never down); for tests of an upgrade from an older version. */
    int migrate(int target) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
            try {
                ClinicInstaller.actAsOwner(c, target);
            } catch (ClinicInstaller.Refused e) {
                c.rollback();
                throw e;
            }
            try (Statement s = c.createStatement()) {
                if (!ClinicInstaller.schemaExists(c)) {
                    s.execute("CREATE SCHEMA exampath");
                }
                s.execute("CREATE TABLE IF NOT EXISTS exampath.meta (version INTEGER NOT NULL)");
                s.execute("REVOKE ALL ON exampath.meta FROM PUBLIC");
            }
            int from = version(c);
            if (from > MIGRATIONS.size()) {
                c.rollback();
                throw new SQLException("this clinic database has schema version " + from
                        + ", newer than this ExamPath knows (" + MIGRATIONS.size() + "); update ExamPath");
            }
            for (int v = from; v < target; v++) {
                try (Statement s = c.createStatement()) {
                    s.execute(script(MIGRATIONS.get(v)));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM exampath.meta");
                s.execute("INSERT INTO exampath.meta (version) VALUES (" + Math.max(from, target) + ")");
                s.execute("GRANT SELECT ON exampath.meta TO exampath_clinician, exampath_student, exampath_teacher");
            }
            c.commit();
            return Math.max(0, target - from);
        }
    }

    private static String script(String name) {
        try (InputStream in = ClinicDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
