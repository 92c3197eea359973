package org.exampath.clinic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's view of practice: per student and case, how many attempts, how often the right answer
 * came first, the mean score and the mean Brier score. Row-level security decides whose attempts a
 * teacher sees (their classes'); a student running it sees their own.
 */
public final class ClinicScores {

    public record Row(String student, String className, String caseName, int attempts, double leadingCorrectRate,
                      double meanScore, Double meanBrier) {
    }

    public List<Row> perStudentAndCase(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT student, coalesce(class_name, ''), case_name, count(*), avg(CASE WHEN leading_correct THEN 1.0 ELSE 0.0 END), "
                        + "avg(score), avg(brier) FROM exampath.practice_attempt "
                        + "GROUP BY student, class_name, case_name ORDER BY class_name, student, case_name")) {
            while (r.next()) {
                double brier = r.getDouble(7);
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getDouble(5),
                        r.getDouble(6), r.wasNull() ? null : brier));
            }
        }
        return rows;
    }

    /** The rows as CSV (RFC 4180), with a header; a cell that a spreadsheet would run as a formula is quoted harmless. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("student,class,case,attempts,leading_correct_rate,mean_score,mean_brier\r\n");
        for (Row row : rows) {
            out.append(cell(row.student())).append(',').append(cell(row.className())).append(',').append(cell(row.caseName()))
                    .append(',').append(row.attempts()).append(',').append(number(row.leadingCorrectRate())).append(',')
                    .append(number(row.meanScore())).append(',').append(row.meanBrier() == null ? "" : number(row.meanBrier()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
