package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exampath.store.Encounters.Row;

/**
 * The encounter browser's search: by patient label, date prefix or leading hypothesis. Each kind of
 * match runs as its own ordered, limited query; the newest n of all of them win, listed newest visit first with the
 * undated imports after the dated visits ({@link Row#NEWEST_FIRST}). The queries order the same way, so an undated
 * import, listed under the day it was imported, never takes a dated visit's place within the limit.
 */
final class EncounterSearch {
    private EncounterSearch() {
    }

    static List<Row> list(Connection c, String text, int limit) throws SQLException {
        // labels are kept in NFC; one stored before then may be in NFD, so both forms of the text are looked for
        String q = text == null ? "" : Patients.nfc(text.strip());
        int n = Math.max(1, limit);
        if (q.isEmpty()) {
            return rows(c, "", List.of(), n); // the query orders as the list shows
        }
        String like = like(q);
        List<List<Row>> parts = new ArrayList<>();
        parts.add(rows(c, "WHERE e.patient_id IN (SELECT id FROM patient WHERE label LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\')",
                List.of(like, like(java.text.Normalizer.normalize(q, java.text.Normalizer.Form.NFD))), n));
        // a hypothesis as the list shows it ("gluteal tendinopathy"), or as its id ("gluteal_tendinopathy")
        List<String> leading = matchingLeading(c, like(q.replace('_', ' ')));
        if (!leading.isEmpty()) {
            parts.add(rowsByDate(c, "WHERE e.leading IN (" + String.join(", ", Collections.nCopies(leading.size(), "?")) + ")",
                    leading, n));
        }
        if (q.matches("\\d{4}(-\\d{1,2}(-\\d{0,2})?)?-?")) {
            parts.add(rowsByDate(c, "WHERE e.date >= ? AND e.date < ?", List.of(q, q + "\uffff"), n));
        }
        Map<Long, Row> merged = new LinkedHashMap<>(); // an encounter two queries find is listed once
        for (List<Row> part : parts) {
            part.forEach(row -> merged.putIfAbsent(row.id(), row));
        }
        return merged.values().stream().sorted(Row.NEWEST_FIRST).limit(n).toList();
    }

    /** A LIKE pattern finding {@code text} anywhere, its wildcards taken literally. */
    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The rows {@code where} selects, the dated visits newest first and then the undated imports, at most {@code limit}. */
    private static List<Row> rows(Connection c, String where, List<String> params, int limit) throws SQLException {
        return query(c, where, params, " ORDER BY e.undated, e.date DESC, e.id DESC LIMIT " + limit);
    }

    /**
     * As {@link #rows}, each kind its own query ordered by date alone, for a search by date or hypothesis: that column's
     * index then gives the order, where the order of {@link #rows} would sort every match.
     */
    private static List<Row> rowsByDate(Connection c, String where, List<String> params, int limit) throws SQLException {
        List<Row> out = new ArrayList<>(query(c, where + " AND e.undated = 0", params, " ORDER BY e.date DESC, e.id DESC LIMIT " + limit));
        if (out.size() < limit) {
            out.addAll(query(c, where + " AND e.undated = 1", params, " ORDER BY e.date DESC, e.id DESC LIMIT " + (limit - out.size())));
        }
        return out;
    }

    private static List<Row> query(Connection c, String where, List<String> params, String order) throws SQLException {
        String sql = "SELECT e.id, e.date, pt.label, e.leading, e.leading_probability, e.status, e.clinician, e.previous_id, e.flags, "
                + "(SELECT group_concat(DISTINCT a.flag || coalesce(':' || a.urgency, '')) FROM red_flag_ack a WHERE a.encounter_id = e.id), e.undated "
                + "FROM encounter e JOIN patient pt ON pt.id = e.patient_id " + where + order;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setString(i + 1, params.get(i));
            }
            List<Row> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long previous = r.getLong(8);
                    Long prev = r.wasNull() ? null : previous;
                    out.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), (Double) r.getObject(5),
                            r.getString(6), r.getString(7), prev, r.getString(9), r.getString(10), r.getInt(11) == 1));
                }
            }
            return out;
        }
    }

    /**
     * The few distinct leading hypotheses (read from their index) whose words, the id with its underscores read as
     * spaces as the list shows them, the pattern matches.
     */
    private static List<String> matchingLeading(Connection c, String like) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT leading FROM (SELECT DISTINCT leading FROM encounter "
                + "WHERE leading IS NOT NULL) WHERE replace(leading, '_', ' ') LIKE ? ESCAPE '\\'")) {
            p.setString(1, like);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
