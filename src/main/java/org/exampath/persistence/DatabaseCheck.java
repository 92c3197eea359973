package org.exampath.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.exampath.store.StoreException;

/**
 * The check before anything is written: a file that is not SQLite, is another program's database,
 * has a store version this program does not know, or is damaged is refused and left as it was.
 */
final class DatabaseCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseCheck() {
    }

    /** Reads only: the header, the application id, the version and a quick integrity check. */
    static void check(Path file) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file + " is not an ExamPath database (it is not an SQLite file); it was left as it is");
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw StoreFiles.denied(file, e);
        }
        try (Connection c = Database.connect(file, true); Statement s = c.createStatement()) {
            int appId;
            int version;
            int tables;
            // one statement, so one snapshot: another process may be migrating the file right now
            try (ResultSet r = s.executeQuery("SELECT (SELECT application_id FROM pragma_application_id()), "
                    + "(SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_schema)")) {
                r.next();
                appId = r.getInt(1);
                version = r.getInt(2);
                tables = r.getInt(3);
            }
            if (appId != Database.APPLICATION_ID && !(appId == 0 && version == 0 && tables == 0)) {
                throw new StoreException(file + " is an SQLite database of another program, not ExamPath's; it was left as it is");
            }
            String unknown = Migrations.unknownVersion(version);
            if (unknown != null) {
                throw new StoreException(file + " cannot be used: " + unknown + "; it was left as it is");
            }
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String result = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(file + " is damaged (" + SqlFailure.oneLine(result) + "); it was left as it is");
                }
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /**
     * What a failure while checking {@code file} means to the user: damaged only when SQLite says the file is corrupt
     * or no database; a full disk, a read-only folder, a busy file or an input/output error is named as such, so
     * nobody restores a backup over (or deletes) a database that was never damaged.
     */
    static StoreException failure(Path file, SQLException e) {
        if (SqlFailure.isDamage(e)) {
            return new StoreException(file + " is damaged or unreadable (" + SqlFailure.oneLine(e.getMessage())
                    + "); it was left as it is", e);
        }
        return new StoreException("cannot open " + file + ": " + SqlFailure.describe(e) + "; it was left as it is", e);
    }

}
