package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database that cannot be opened because the disk is full, or the drive failed a read or write, is not called
 * damaged: that word invites restoring a backup over it or deleting it, the one thing that would lose records. On a
 * full disk SQLite answers while checking with an input/output error (it cannot grow the shared-memory file beside the
 * database), not with "disk full". Only SQLite's "corrupt" and "not a database" answers are damage.
 */
class DiskTroubleNotDamageTest {
    private static final Path FILE = Path.of("/clinic/exampath.db");

    private static String said(SQLiteErrorCode code, String message) {
        return DatabaseCheck.failure(FILE, new SQLiteException(message, code)).getMessage();
    }

    @Test
    void anInputOutputErrorWhileCheckingIsNamedAsSuchNotAsDamage() {
        String m = said(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE,
                "[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap while trying to resize an existing shared memory segment");
        assertFalse(m.contains("damaged"), m);
        assertTrue(m.startsWith("cannot open " + FILE + ": the computer could not read or write the database's files "
                + "(is the disk full, or the drive gone?)"), m);
        assertTrue(m.endsWith("; it was left as it is"), m);
    }

    @Test
    void aFullDiskIsAFullDisk() {
        String m = said(SQLiteErrorCode.SQLITE_FULL, "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)");
        assertTrue(m.contains("the disk is full"), m);
        assertFalse(m.contains("damaged"), m);
    }

    @Test
    void onlySqliteCorruptOrNotADatabaseIsDamage() {
        assertTrue(said(SQLiteErrorCode.SQLITE_CORRUPT, "[SQLITE_CORRUPT] The database disk image is malformed")
                .startsWith(FILE + " is damaged or unreadable ("));
        assertTrue(said(SQLiteErrorCode.SQLITE_NOTADB, "[SQLITE_NOTADB] File opened that is not a database file")
                .startsWith(FILE + " is damaged or unreadable ("));
        assertFalse(said(SQLiteErrorCode.SQLITE_CANTOPEN, "[SQLITE_CANTOPEN] Unable to open the database file").contains("damaged"));
    }
}
