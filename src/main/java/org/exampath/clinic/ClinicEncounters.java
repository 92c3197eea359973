package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The encounter list of a clinic on the shared server: newest first, or found by the start of a patient
 * label, or by leading hypothesis. Row-level security limits every query to the caller's clinic; each
 * query is shaped to one index so that a million encounters stay quick.
 */
public final class ClinicEncounters {

    /** U+10FFFF: every label that starts with a key sorts, byte-wise, below the key followed by it. */
    private static final String LAST_CODE_POINT = new String(Character.toChars(Character.MAX_CODE_POINT));

    public record Row(long id, LocalDate date, String label, String leading) {
    }

    public List<Row> recent(Connection c, int limit) throws SQLException {
        return query(c, "SELECT e.id, e.date, p.label, e.leading_hypothesis FROM exampath.encounter e "
                + "JOIN exampath.patient p ON p.id = e.patient_id "
                + "WHERE e.clinic_id = exampath.my_clinic() ORDER BY e.date DESC, e.id DESC LIMIT ?", limit);
    }

    public List<Row> byLabel(Connection c, String labelStart, int limit) throws SQLException {
        String key = labelStart.toLowerCase(Locale.ROOT);
        // A byte-wise range rather than LIKE: under row-level security only leakproof operators reach the index.
        return query(c, "SELECT e.id, e.date, p.label, e.leading_hypothesis FROM exampath.patient p "
                + "JOIN exampath.encounter e ON e.patient_id = p.id "
                + "WHERE p.clinic_id = exampath.my_clinic() AND p.label_key ~>=~ ? "
                + "AND p.label_key ~<~ ? "
                + "ORDER BY e.date DESC, e.id DESC LIMIT ?", limit, key, key + LAST_CODE_POINT);
    }

    public List<Row> byLeading(Connection c, String hypothesis, int limit) throws SQLException {
        return query(c, "SELECT e.id, e.date, p.label, e.leading_hypothesis FROM exampath.encounter e "
                + "JOIN exampath.patient p ON p.id = e.patient_id "
                + "WHERE e.clinic_id = exampath.my_clinic() AND e.leading_hypothesis = ? "
                + "ORDER BY e.date DESC LIMIT ?", limit, hypothesis);
    }

    private static List<Row> query(Connection c, String sql, int limit, String... arguments) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String argument : arguments) {
                p.setString(i++, argument);
            }
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getObject(2, LocalDate.class), r.getString(3), r.getString(4)));
                }
            }
        }
        return rows;
    }
}
