package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a session that stopped without closing and lost its -wal, the warning sends the clinician to "a backup
 * at exampath.db.bak" whatever the database is called. For {@code --db clinic-room2.db} (or a file opened with File →
 * Open database…) that file does not exist; the backup is {@code clinic-room2.db.bak}.
 */
class UncleanStopWarningNamesOwnBackupTest {
    @TempDir
    Path dir;

    @Test
    void theUncleanStopWarningNamesThisDatabasesOwnBackup() throws Exception {
        Path file = dir.resolve("clinic-room2.db");
        try (Database db = Database.open(file)) {
            db.backup();
        }
        // the last session's marker says "open" and its -wal is gone: what a crash that lost the -wal leaves
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meta SET value = 'open' WHERE key = 'session'");
        }
        assertTrue(!Files.exists(dir.resolve("clinic-room2.db-wal")), "no -wal left");
        try (Database db = Database.open(file)) {
            String warning = db.warning().orElseThrow(() -> new AssertionError("no warning of the unclean stop"));
            assertTrue(warning.contains(db.backupPath().getFileName().toString()), "the warning points to a backup that does not "
                    + "exist (" + Files.exists(dir.resolve("exampath.db.bak")) + ") instead of this database's, "
                    + db.backupPath().getFileName() + ": " + warning);
        }
    }
}
