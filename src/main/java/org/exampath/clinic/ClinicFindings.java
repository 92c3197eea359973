package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings on a shared server, versioned one by one. A writer names the version it last saw; if
 * another clinician changed the finding since, nothing is written and the caller gets both values and
 * who set theirs. The rule itself runs on the server ({@code exampath.write_findings}, as the caller,
 * under row-level security): the findings are locked, compared, written and audited in one statement,
 * so a save of any number of findings is one round trip.
 */
public final class ClinicFindings {

    /** What a write did to one finding: nothing to do, saved at a version, or refused because someone else got there first. */
    public sealed interface Outcome {
    }

    /** The stored value already was the wanted one (version 0: never recorded). */
    public record Same(int version) implements Outcome {
    }

    public record Saved(int version) implements Outcome {
    }

    public record Conflict(String finding, String yours, String theirs, int theirVersion, String setBy, Instant setAt)
            implements Outcome {
        /** The conflict as a save reports it to its caller (the version is this store's own). */
        public org.exampath.store.SaveConflict.Clash clash() {
            return new org.exampath.store.SaveConflict.Clash(finding, yours, theirs, setBy, setAt);
        }
    }

    /** A finding as stored: its value (null once cleared), version, and who set it when. */
    public record Stored(String value, int version, String setBy, Instant setAt) {
    }

    static final String COLUMNS = "finding, outcome, version, value, set_by, set_at";

    /**
     * Who set a finding nobody is named for: an imported exam's starting state (clinic migration 008), whose
     * encounter names the clinician its file records, never the login that imported it.
     */
    static final String IMPORTED = "the exam file it was imported from";

    /**
     * Sets {@code finding} to {@code value} (null clears it) if its version is still {@code seenVersion}
     * (0: never set); one statement, so in autocommit its own transaction.
     */
    public Outcome set(Connection c, long encounter, String finding, int seenVersion, String value) throws SQLException {
        Map<String, String> wanted = new TreeMap<>();
        wanted.put(finding, value);
        return write(c, encounter, wanted, Map.of(finding, seenVersion), false, false).get(finding);
    }

    /**
     * Writes {@code wanted} (finding to encoded value, null clears) against the versions this client saw
     * ({@code seen}; absent: 0, or the stored ones with {@code adopt}). With {@code whole}, {@code wanted}
     * is the client's whole record, so a stored finding it lacks is one it has not recorded.
     */
    Map<String, Outcome> write(Connection c, long encounter, Map<String, String> wanted, Map<String, Integer> seen,
                               boolean adopt, boolean whole) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM exampath.write_findings(?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, encounter);
            int next = bind(c, p, 2, wanted, seen);
            p.setBoolean(next, adopt);
            p.setBoolean(next + 1, whole);
            try (ResultSet r = p.executeQuery()) {
                return outcomes(r, wanted);
            }
        }
    }

    /** Binds the findings, their values and the versions seen as three arrays from {@code index}; returns the next index. */
    static int bind(Connection c, PreparedStatement p, int index, Map<String, String> wanted, Map<String, Integer> seen)
            throws SQLException {
        List<String> ids = new ArrayList<>(wanted.keySet());
        p.setArray(index, c.createArrayOf("text", ids.toArray()));
        p.setArray(index + 1, c.createArrayOf("text", ids.stream().map(wanted::get).toArray()));
        p.setArray(index + 2, c.createArrayOf("integer", ids.stream().map(id -> seen.getOrDefault(id, 0)).toArray()));
        return index + 3;
    }

    /** Reads the rows of write_findings (or save_encounter): one outcome per finding, in finding order. */
    static Map<String, Outcome> outcomes(ResultSet r, Map<String, String> wanted) throws SQLException {
        Map<String, Outcome> out = new LinkedHashMap<>();
        while (r.next()) {
            String finding = r.getString(1);
            int version = r.getInt(3);
            out.put(finding, switch (r.getString(2)) {
                case "same" -> new Same(version);
                case "saved" -> new Saved(version);
                case "conflict" -> new Conflict(finding, wanted.get(finding), r.getString(4), version,
                        r.getString(5) == null ? IMPORTED : r.getString(5),
                        r.getTimestamp(6) == null ? null : r.getTimestamp(6).toInstant());
                default -> throw new SQLException("unknown outcome " + r.getString(2) + " for " + finding);
            });
        }
        return out;
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
}
