package org.exampath.persistence;

import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite says into one plain line: disk full, read-only, busy and input/output failures are named as such,
 * and only SQLite's own "corrupt" and "not a database" answers call a file damaged.
 */
final class SqlFailure {
    private SqlFailure() {
    }

    static boolean isBusy(SQLException e) {
        int code = code(e) & 0xff;
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** "the disk is full", "the database is read-only", or SQLite's own words on one line. */
    static String describe(SQLException e) {
        int code = code(e) & 0xff;
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (code == SQLiteErrorCode.SQLITE_FULL.code || text.contains("disk is full")) {
            return "the disk is full (free some space; nothing was half-written)";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || text.contains("readonly") || text.contains("read-only")) {
            return "the database or its folder is read-only";
        }
        if (isBusy(e)) {
            return "the database is busy in another program and did not become free in time";
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            // e.g. SQLITE_IOERR_SHMSIZE when the shared-memory file beside the database cannot grow on a full disk
            return "the computer could not read or write the database's files (is the disk full, or the drive gone?): "
                    + oneLine(e.getMessage());
        }
        return oneLine(e.getMessage());
    }

    /**
     * As {@link #describe}, with a broken rule named in words rather than by SQLite's text of it (which quotes the rule's
     * SQL): which table and column for a duplicate or a missing value, and only the kind of rule for a check.
     */
    static String inWords(SQLException e) {
        String text = String.valueOf(e.getMessage());
        if ((code(e) & 0xff) != SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
            return describe(e);
        }
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(UNIQUE|NOT NULL) constraint failed: ([A-Za-z_.]+)")
                .matcher(text);
        if (named.find()) {
            return "UNIQUE".equals(named.group(1)) ? "two rows would hold the same " + named.group(2).replace('.', ' ')
                    : "a row has no " + named.group(2).replace('.', ' ') + ", which the new version needs";
        }
        if (text.contains("FOREIGN KEY")) {
            return "a row names another row that does not exist";
        }
        return "a stored value is one the new version does not allow (it breaks one of the store's checks)";
    }

    /** SQLite itself says the file is damaged or is no database: the only answers that may be reported as damage. */
    static boolean isDamage(SQLException e) {
        int code = code(e) & 0xff;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    static String oneLine(String message) {
        return message == null ? "no detail" : message.replaceAll("\\s+", " ").strip();
    }

    private static int code(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode().code;
            }
            if (t instanceof SQLException q && q.getErrorCode() != 0) {
                return q.getErrorCode();
            }
        }
        return 0;
    }
}
