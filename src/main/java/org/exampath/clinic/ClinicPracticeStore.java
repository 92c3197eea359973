package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.exampath.store.PracticeRecords;

/**
 * Practice attempts on a class's shared server. The student is the login role: the server stamps
 * each attempt with {@code session_user} and its class, and row-level security shows a student only
 * their own attempts, so the name typed on the practice screen is not trusted here.
 */
public final class ClinicPracticeStore implements PracticeRecords, AutoCloseable {
    private final ClinicWork work;
    private final String login;

    public ClinicPracticeStore(ClinicDatabase database) {
        this.login = database.user();
        this.work = new ClinicWork(database, ClinicMembers.Kind.STUDENT,
                "only a class's students record practice attempts on the clinic server");
    }

    @Override
    public CompletableFuture<List<Attempt>> record(NewAttempt a) {
        return work.submit(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.practice_attempt (case_name, score, "
                    + "leading_correct, missed_flags, tests_used, brier) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.caseName());
                p.setInt(2, a.score());
                p.setBoolean(3, a.leadingCorrect());
                p.setString(4, String.join(",", a.missedFlags()));
                p.setInt(5, a.testsUsed());
                p.setObject(6, a.brier(), Types.REAL);
                p.executeUpdate();
            }
            return own(c);
        });
    }

    @Override
    public List<Attempt> attempts(String student) {
        return work.read(ClinicPracticeStore::own);
    }

    private static List<Attempt> own(Connection c) throws SQLException {
        List<Attempt> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, case_name, at, score, leading_correct, missed_flags, "
                + "tests_used, brier FROM exampath.practice_attempt WHERE student = session_user ORDER BY at, id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                double brier = r.getDouble(8);
                Double b = r.wasNull() ? null : brier;
                out.add(new Attempt(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant().toString(), r.getInt(4),
                        r.getBoolean(5), r.getString(6), r.getInt(7), b));
            }
        }
        return out;
    }

    @Override
    public java.util.Optional<String> login() {
        return java.util.Optional.of(login);
    }

    @Override
    public void close() {
        work.close();
    }
}
