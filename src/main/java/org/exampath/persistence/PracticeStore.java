package org.exampath.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Student profiles and their practice attempts, for progress over time. */
public final class PracticeStore {
    /** One attempt as stored. */
    public record Attempt(long id, String caseName, String at, int score, boolean leadingCorrect, String missedFlags,
                          int testsUsed, Double brier) {
    }

    private final Database db;
    private final Clock clock;

    public PracticeStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public synchronized long student(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw new StoreException("a student needs a name of 1 to 80 characters");
        }
        try (PreparedStatement find = db.connection().prepareStatement("SELECT id FROM student WHERE name = ?")) {
            find.setString(1, clean);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
            try (PreparedStatement p = db.connection().prepareStatement("INSERT INTO student (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, clean);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("the student could not be saved: " + e.getMessage(), e);
        }
    }

    public synchronized long record(long studentId, String caseName, int score, boolean leadingCorrect, List<String> missedFlags,
                                    int testsUsed, Double brier) {
        try (PreparedStatement p = db.connection().prepareStatement("INSERT INTO attempt (student_id, case_name, at, score, "
                + "leading_correct, missed_flags, tests_used, brier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, studentId);
            p.setString(2, caseName);
            p.setString(3, clock.instant().toString());
            p.setInt(4, score);
            p.setInt(5, leadingCorrect ? 1 : 0);
            p.setString(6, String.join(",", missedFlags));
            p.setInt(7, testsUsed);
            if (brier == null) {
                p.setNull(8, Types.REAL);
            } else {
                p.setDouble(8, brier);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("the attempt could not be saved: " + e.getMessage(), e);
        }
    }

    /** A student's attempts, oldest first. */
    public synchronized List<Attempt> attempts(long studentId) {
        try (PreparedStatement p = db.connection().prepareStatement("SELECT id, case_name, at, score, leading_correct, "
                + "missed_flags, tests_used, brier FROM attempt WHERE student_id = ? ORDER BY at, id")) {
            p.setLong(1, studentId);
            List<Attempt> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Attempt(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5) == 1,
                            r.getString(6), r.getInt(7), (Double) r.getObject(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("the attempts could not be read: " + e.getMessage(), e);
        }
    }
}
