package org.exampath.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A marker in the database that says whether the last session closed cleanly. It is set to "open"
 * and checkpointed into the main file at start, and set to "closed" at a clean close. If a start
 * finds "open" but no -wal file, the last session stopped without closing and its write-ahead log
 * has gone: whatever it had not yet checkpointed is lost, and we say so. What this cannot see: a
 * -wal deleted while another process still had the database open and closed it cleanly after.
 */
final class CleanStop {
    private final String warning;

    private CleanStop(String warning) {
        this.warning = warning;
    }

    /** {@code backup}: this database's own rolling backup, which the warning names. */
    static CleanStop begin(Connection c, boolean walWasPresent, Path backup) throws SQLException {
        String state = null;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'session'")) {
            if (r.next()) {
                state = r.getString(1);
            }
        }
        String warning = "open".equals(state) && !walWasPresent
                ? "the last session stopped without closing and the database's -wal file is missing: changes saved "
                  + "after its last checkpoint may be lost; check the latest encounters (a backup is at " + backup + ")"
                : null;
        mark(c, "open");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
        return new CleanStop(warning);
    }

    void end(Connection c) throws SQLException {
        mark(c, "closed");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    private static void mark(Connection c, String state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES ('session', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, state);
            p.executeUpdate();
        }
    }
}
