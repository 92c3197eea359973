package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Findings on a shared server, versioned one by one. A writer names the version it last saw; if
 * another clinician changed the finding since, nothing is written and the caller gets both values and
 * who set theirs. Every change lands with its audit row in one transaction.
 */
public final class ClinicFindings {

    /** What a write did: saved at a version, or refused because someone else got there first. */
    public sealed interface Outcome {
    }

    public record Saved(int version) implements Outcome {
    }

    public record Conflict(String finding, String yours, String theirs, int theirVersion, String setBy, Instant setAt)
            implements Outcome {
    }

    /** A finding as stored: its value (null once cleared), version, and who set it when. */
    public record Stored(String value, int version, String setBy, Instant setAt) {
    }

    /** Sets {@code finding} to {@code value} (null clears it) if its version is still {@code seenVersion} (0: never set). */
    public Outcome set(Connection c, long encounter, String finding, int seenVersion, String value) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Outcome outcome = write(c, encounter, finding, seenVersion, value);
            if (outcome instanceof Saved) {
                c.commit();
            } else {
                c.rollback();
            }
            return outcome;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** As {@link #set}, inside the caller's transaction: the row is locked until the caller commits. */
    public Outcome write(Connection c, long encounter, String finding, int seenVersion, String value) throws SQLException {
        return write(c, encounter, finding, seenVersion, value, read(c, encounter, finding));
    }

    /** As {@link #write}, given the row as the caller already read it in this transaction ({@code FOR UPDATE}). */
    public Outcome write(Connection c, long encounter, String finding, int seenVersion, String value, Stored before)
            throws SQLException {
        int current = before == null ? 0 : before.version();
        if (current != seenVersion) {
            return new Conflict(finding, value, before == null ? null : before.value(), current,
                    before == null ? null : before.setBy(), before == null ? null : before.setAt());
        }
        int written = seenVersion == 0 ? insert(c, encounter, finding, value) : update(c, encounter, finding, seenVersion, value);
        if (written == 0) {
            Stored now = read(c, encounter, finding);
            return new Conflict(finding, value, now.value(), now.version(), now.setBy(), now.setAt());
        }
        audit(c, encounter, finding, before == null ? null : before.value(), value);
        return new Saved(seenVersion + 1);
    }

    public Stored read(Connection c, long encounter, String finding) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT value, version, set_by, set_at FROM exampath.finding WHERE encounter_id = ? AND finding = ?")) {
            p.setLong(1, encounter);
            p.setString(2, finding);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Stored(r.getString(1), r.getInt(2), r.getString(3), r.getTimestamp(4).toInstant()) : null;
            }
        }
    }

    private static int insert(Connection c, long encounter, String finding, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.finding (encounter_id, finding, value) "
                + "VALUES (?, ?, ?) ON CONFLICT (encounter_id, finding) DO NOTHING")) {
            p.setLong(1, encounter);
            p.setString(2, finding);
            p.setString(3, value);
            return p.executeUpdate();
        }
    }

    private static int update(Connection c, long encounter, String finding, int seen, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE exampath.finding SET value = ?, version = version + 1 "
                + "WHERE encounter_id = ? AND finding = ? AND version = ?")) {
            p.setString(1, value);
            p.setLong(2, encounter);
            p.setString(3, finding);
            p.setInt(4, seen);
            return p.executeUpdate();
        }
    }

    private static void audit(Connection c, long encounter, String finding, String from, String to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, encounter);
            p.setString(2, finding);
            p.setString(3, from);
            p.setString(4, to);
            p.executeUpdate();
        }
    }
}
