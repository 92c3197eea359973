package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.exampath.store.PracticeRecords;
import org.exampath.store.StoreException;
import org.exampath.store.StudentName;

/**
 * Student profiles and their practice attempts, for progress over time; writes go to the one writer. A student is
 * found by the {@link StudentName#key} of their name, so the same name typed another way is the same student, and the
 * row keeps the name as first typed.
 */
public final class PracticeStore implements PracticeRecords {
    private final Database db;
    private final Clock clock;

    public PracticeStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<List<Attempt>> record(NewAttempt a) {
        String name;
        try {
            name = clean(a.student());
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
        String at = clock.instant().toString();
        return db.submit(c -> {
            long student = student(c, name);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO attempt (student_id, case_name, at, score, "
                    + "leading_correct, missed_flags, tests_used, brier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, student);
                p.setString(2, a.caseName());
                p.setString(3, at);
                p.setInt(4, a.score());
                p.setInt(5, a.leadingCorrect() ? 1 : 0);
                p.setString(6, String.join(",", a.missedFlags()));
                p.setInt(7, a.testsUsed());
                p.setObject(8, a.brier(), Types.REAL);
                p.executeUpdate();
            }
            return attempts(c, name);
        });
    }

    @Override
    public List<Attempt> attempts(String student) {
        String name = clean(student);
        return db.read(c -> attempts(c, name));
    }

    private static String clean(String name) {
        String clean = name == null ? "" : name.strip();
        if (StudentName.key(clean).isEmpty() || clean.length() > 80) {
            throw new StoreException("a student needs a name of 1 to 80 characters");
        }
        return clean;
    }

    /**
     * The rows of the student of {@code name}, oldest first: every row whose name has the same {@link StudentName#key}.
     * Matched on read, so rows stored before the key (one per way the name was typed) are all found and nothing is
     * migrated; a class's student table is small enough to read whole.
     */
    private static List<Long> rowsOf(Connection c, String name) throws SQLException {
        String key = StudentName.key(name);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement("SELECT id, name FROM student ORDER BY id");
             ResultSet r = find.executeQuery()) {
            while (r.next()) {
                if (StudentName.key(r.getString(2)).equals(key)) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The student's row (the oldest one of the name), made under the name as typed if there is none. */
    private static long student(Connection c, String name) throws SQLException {
        List<Long> rows = rowsOf(c, name);
        if (!rows.isEmpty()) {
            return rows.get(0);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO student (name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, name);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<Attempt> attempts(Connection c, String name) throws SQLException {
        List<Long> rows = rowsOf(c, name);
        if (rows.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT id, case_name, at, score, leading_correct, "
                + "missed_flags, tests_used, brier FROM attempt WHERE student_id IN (" + in + ") ORDER BY at, id")) {
            for (int i = 0; i < rows.size(); i++) {
                p.setLong(i + 1, rows.get(i));
            }
            List<Attempt> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Attempt(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5) == 1,
                            r.getString(6), r.getInt(7), (Double) r.getObject(8)));
                }
            }
            return out;
        }
    }
}
