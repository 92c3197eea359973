package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.exampath.store.StoreException;

/**
 * The numbered SQL files under {@code PRAGMA user_version}. All pending files run in one
 * {@code BEGIN IMMEDIATE} transaction that re-reads the version once it holds the write lock, so
 * two processes opening a fresh file at once migrate it exactly once.
 */
final class Migrations {
    static final List<String> FILES = List.of("001-initial.sql", "002-practice.sql", "003-labels-and-events.sql", "004-settings.sql",
            "005-encounter-notes-and-flags.sql", "006-create-and-action-keys.sql", "007-encounter-as-recorded.sql",
            "008-encounter-ids-never-reused.sql", "009-entries-audited.sql", "010-patient-moves-audited.sql",
            "011-action-urgency.sql", "012-age-and-sex-audited.sql", "013-list-order-index.sql", "014-left-open-by.sql",
            "015-summary-knowledge.sql");

    private Migrations() {
    }

    static int latest() {
        return FILES.size();
    }

    /** One line when this store version is not one this program can read or write, else null. */
    static String unknownVersion(int version) {
        if (version < 0) {
            return "its store version " + version + " is not one ExamPath ever wrote";
        }
        if (version > latest()) {
            return "it was written by a newer ExamPath (store version " + version + ")";
        }
        return null;
    }

    static void apply(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            if (version(s) == latest()) {
                return;
            }
            s.execute("PRAGMA foreign_keys = OFF");
            try {
                s.execute("BEGIN IMMEDIATE");
                try {
                    int version = version(s);
                    String unknown = unknownVersion(version);
                    if (unknown != null) {
                        throw new StoreException("the database cannot be used: " + unknown);
                    }
                    for (int i = version; i < latest(); i++) {
                        step(s, version, FILES.get(i));
                    }
                    try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                        // kept audit rows and red-flag actions may name an encounter a restore took back: history, not a
                        // broken link
                        while (broken.next()) {
                            if ("audit".equals(broken.getString(1)) || "red_flag_ack".equals(broken.getString(1))) {
                                continue;
                            }
                            throw new StoreException("the database's links between tables are broken (" + broken.getString(1) + ")");
                        }
                    }
                    s.execute("PRAGMA user_version = " + latest());
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            } finally {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /**
     * Runs one migration file; a failure is named in words (which step, what kind of row broke which rule, that nothing
     * was changed), never as the SQL of the rule.
     */
    private static void step(Statement s, int from, String file) throws SQLException, IOException {
        try {
            s.executeUpdate(read(file));
        } catch (SQLException e) {
            throw new StoreException("the database could not be brought up to date from store version " + from + " (step "
                    + file.replace(".sql", "") + "): " + SqlFailure.inWords(e) + "; nothing was changed, the file is "
                    + "still at store version " + from + " and an older ExamPath can still open it", e);
        }
    }

    static int version(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
