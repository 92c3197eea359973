package org.exampath.persistence;

import org.exampath.store.ValueCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.exampath.store.Encounters.Acknowledgement;
import org.exampath.store.Encounters.AuditEntry;

/** The rows people add beside the findings: red-flag actions, and the audit as read back. */
final class FlagActions {
    private FlagActions() {
    }

    /**
     * Stores the action with the urgency its flag stood at (null: not known); one whose key (if any) is stored already
     * was stored by an earlier try and is not stored again.
     */
    static Void insert(Connection c, long encounterId, String flag, String action, String at, String clinician, String key,
                       String urgency) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO red_flag_ack (encounter_id, flag, action, at, clinician, "
                + "action_key, urgency) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_key) DO NOTHING")) {
            p.setLong(1, encounterId);
            p.setString(2, flag);
            p.setString(3, action);
            p.setString(4, at);
            p.setString(5, clinician);
            p.setString(6, key);
            p.setString(7, urgency);
            p.executeUpdate();
        }
        return null;
    }

    static List<Acknowledgement> list(Connection c, long encounterId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT flag, action, at, clinician, urgency FROM red_flag_ack WHERE encounter_id = ? ORDER BY id")) {
            p.setLong(1, encounterId);
            List<Acknowledgement> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
            return out;
        }
    }

    static List<AuditEntry> audit(Connection c, long encounterId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT at, clinician, finding, old_value, new_value FROM audit WHERE encounter_id = ? ORDER BY id")) {
            p.setLong(1, encounterId);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String finding = r.getString(3);
                    out.add(new AuditEntry(r.getString(1), r.getString(2), finding, ValueCodec.decode(encounterId, finding,
                            r.getString(4)), ValueCodec.decode(encounterId, finding, r.getString(5))));
                }
            }
            return out;
        }
    }

    /**
     * A finding (or the assessment or plan, {@code encounter.plan}) a colleague changed while this window changed it
     * too: both values, and who set the stored one when (the last audit row of it; none for a value carried over from
     * the last visit). The window shows it as the clinic store's conflicts are shown (their value stands).
     */
    static org.exampath.store.SaveConflict.Clash conflict(Connection c, long encounterId, String finding, String yours,
                                                               String theirs) throws SQLException {
        return conflict(c, encounterId, finding, List.of(finding), yours, theirs);
    }

    /**
     * As above, for an entry whose changes the audit keeps under other names too ({@code audited}, in order of
     * preference): the newest row of the first that has one. The age's own rows ({@code encounter.age}, store version
     * 11) come before the patient's birth year, which alone recorded a change made before them.
     */
    static org.exampath.store.SaveConflict.Clash conflict(Connection c, long encounterId, String finding, List<String> audited,
                                                               String yours, String theirs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT clinician, at FROM audit WHERE encounter_id = ? AND finding = ? ORDER BY id DESC LIMIT 1")) {
            for (String name : audited) {
                p.setLong(1, encounterId);
                p.setString(2, name);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        String by = r.getString(1);
                        return new org.exampath.store.SaveConflict.Clash(finding, yours, theirs,
                                by == null || by.isBlank() ? "another window" : by, java.time.Instant.parse(r.getString(2)));
                    }
                }
            }
        }
        return new org.exampath.store.SaveConflict.Clash(finding, yours, theirs, "another window", null);
    }
}
