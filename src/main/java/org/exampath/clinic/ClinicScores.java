package org.exampath.clinic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's view of practice: per student and case, how many attempts, how often the right answer
 * came first, the mean flag score and Brier score. Row-level security decides whose attempts a
 * teacher sees (their classes'); a student running it sees their own.
 */
public final class ClinicScores {

    public record Row(String student, String className, String caseId, int attempts, double top1Rate,
                      double meanFlagScore, double meanBrier) {
    }

    public List<Row> perStudentAndCase(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT student, coalesce(class_name, ''), case_id, count(*), avg(CASE WHEN top1 THEN 1.0 ELSE 0.0 END), "
                        + "avg(flag_score), avg(brier) FROM exampath.practice_attempt "
                        + "GROUP BY student, class_name, case_id ORDER BY class_name, student, case_id")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getDouble(5),
                        r.getDouble(6), r.getDouble(7)));
            }
        }
        return rows;
    }

    /** The rows as CSV (RFC 4180), with a header; a cell that a spreadsheet would run as a formula is quoted harmless. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("student,class,case,attempts,top1_rate,mean_flag_score,mean_brier\r\n");
        for (Row row : rows) {
            out.append(cell(row.student())).append(',').append(cell(row.className())).append(',').append(cell(row.caseId()))
                    .append(',').append(row.attempts()).append(',').append(number(row.top1Rate())).append(',')
                    .append(number(row.meanFlagScore())).append(',').append(number(row.meanBrier())).append("\r\n");
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
