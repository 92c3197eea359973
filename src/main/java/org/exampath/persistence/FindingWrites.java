package org.exampath.persistence;

import org.exampath.store.ValueCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.exampath.domain.FindingValue;

/**
 * Writes the findings that changed, with one audit row (who, when, from, to) for each; findings a follow-up
 * carries over from the last visit are written without (nobody entered them in this encounter).
 */
final class FindingWrites {
    private FindingWrites() {
    }

    static int write(Connection c, long id, Map<String, FindingValue> before, Map<String, FindingValue> after, String clinician,
                     String at) throws SQLException {
        return write(c, id, before, after, clinician, at, true);
    }

    /** The findings a follow-up starts with, carried over from its last visit: stored, not audited. */
    static void carryOver(Connection c, long id, Map<String, FindingValue> carried) throws SQLException {
        write(c, id, Map.of(), carried, null, null, false);
    }

    private static int write(Connection c, long id, Map<String, FindingValue> before, Map<String, FindingValue> after,
                             String clinician, String at, boolean audited) throws SQLException {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        int changed = 0;
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO finding (encounter_id, finding, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (encounter_id, finding) DO UPDATE SET value = excluded.value");
             PreparedStatement delete = c.prepareStatement("DELETE FROM finding WHERE encounter_id = ? AND finding = ?");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit (encounter_id, at, clinician, finding, old_value, "
                     + "new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String finding : ids) {
                FindingValue old = before.get(finding);
                FindingValue now = after.get(finding);
                if (Objects.equals(old, now)) {
                    continue;
                }
                changed++;
                if (now == null) {
                    delete.setLong(1, id);
                    delete.setString(2, finding);
                    delete.executeUpdate();
                } else {
                    upsert.setLong(1, id);
                    upsert.setString(2, finding);
                    upsert.setString(3, ValueCodec.encode(now));
                    upsert.executeUpdate();
                }
                if (!audited) {
                    continue;
                }
                audit.setLong(1, id);
                audit.setString(2, at);
                audit.setString(3, clinician);
                audit.setString(4, finding);
                audit.setString(5, ValueCodec.encode(old));
                audit.setString(6, ValueCodec.encode(now));
                audit.executeUpdate();
            }
        }
        return changed;
    }
}
