package org.exampath.clinic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's view of practice: per student and case, how many attempts, how many of them missed a red
 * flag the case holds, how often the right answer came first, the mean score and the mean Brier score. Row-level security decides whose attempts a
 * teacher sees (their classes'); a student running it sees their own.
 */
public final class ClinicScores {

    public record Row(String student, String className, String caseName, int attempts, int missedFlagAttempts,
                      double leadingCorrectRate, double meanScore, Double meanBrier) {
    }

    /** Totals over one student's cases ({@code distinct}: how many cases) or one case's students (how many students). */
    public record Total(String name, String className, int attempts, int distinct, int missedFlagAttempts,
                        double leadingCorrectRate, double meanScore, Double meanBrier) {
    }

    /** Whose attempts a login sees: a teacher their classes', a student only their own. */
    public enum Viewer { TEACHER, STUDENT }

    /** One consistent reading for the window: who reads, and the rows per student and case, per student, per case. */
    public record Scores(String role, Viewer viewer, List<Row> perStudentAndCase, List<Total> perStudent, List<Total> perCase) {
    }

    /**
     * Reads the scores as this login sees them, in one read-only snapshot. A role that is neither a
     * teacher nor a student, or a server that cannot be reached, is refused in one line.
     */
    public Scores read(ClinicDatabase database) {
        try (Connection c = database.connect()) {
            Viewer viewer = viewer(c);
            if (viewer == null) {
                throw new org.exampath.store.StoreException(database.user() + " is neither a teacher nor a student of a class on "
                        + database.url() + "; class scores are for a class's teacher (and each student's own)");
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                Scores scores = new Scores(database.user(), viewer, perStudentAndCase(c), totals(c, PER_STUDENT), totals(c, PER_CASE));
                c.commit();
                return scores;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new org.exampath.store.StoreException(database.url() + ": " + ClinicFailure.oneLine(e.getMessage()), e);
        }
    }

    private static Viewer viewer(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT pg_has_role(session_user, 'exampath_teacher', 'MEMBER'), pg_has_role(session_user, 'exampath_student', 'MEMBER')")) {
            r.next();
            return r.getBoolean(1) ? Viewer.TEACHER : r.getBoolean(2) ? Viewer.STUDENT : null;
        }
    }

    /** An attempt missed a flag when it recorded any: the student left out a red flag the case holds. */
    private static final String MISSED = "count(*) FILTER (WHERE missed_flags <> ''), ";
    private static final String PER_STUDENT = "SELECT student, coalesce(class_name, ''), count(*), count(DISTINCT case_name), " + MISSED
            + "avg(CASE WHEN leading_correct THEN 1.0 ELSE 0.0 END), avg(score), avg(brier) FROM exampath.practice_attempt "
            + "GROUP BY student, class_name ORDER BY class_name, student";
    private static final String PER_CASE = "SELECT case_name, '', count(*), count(DISTINCT student), " + MISSED
            + "avg(CASE WHEN leading_correct THEN 1.0 ELSE 0.0 END), avg(score), avg(brier) FROM exampath.practice_attempt "
            + "GROUP BY case_name ORDER BY case_name";

    private static List<Total> totals(Connection c, String sql) throws SQLException {
        List<Total> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                double brier = r.getDouble(8);
                rows.add(new Total(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getDouble(6),
                        r.getDouble(7), r.wasNull() ? null : brier));
            }
        }
        return rows;
    }

    public List<Row> perStudentAndCase(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT student, coalesce(class_name, ''), case_name, count(*), " + MISSED + "avg(CASE WHEN leading_correct THEN 1.0 ELSE 0.0 END), "
                        + "avg(score), avg(brier) FROM exampath.practice_attempt "
                        + "GROUP BY student, class_name, case_name ORDER BY class_name, student, case_name")) {
            while (r.next()) {
                double brier = r.getDouble(8);
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getDouble(6),
                        r.getDouble(7), r.wasNull() ? null : brier));
            }
        }
        return rows;
    }

    /** The rows as CSV (RFC 4180), with a header; a cell that a spreadsheet would run as a formula is quoted harmless. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder("student,class,case,attempts,missed_flag_attempts,leading_correct_rate,mean_score,mean_brier\r\n");
        for (Row row : rows) {
            out.append(cell(row.student())).append(',').append(cell(row.className())).append(',').append(cell(row.caseName()))
                    .append(',').append(row.attempts()).append(',').append(row.missedFlagAttempts()).append(',').append(number(row.leadingCorrectRate())).append(',')
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
