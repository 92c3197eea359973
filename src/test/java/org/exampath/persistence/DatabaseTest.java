package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.exampath.store.StoreException;

/** The database file against real SQLite files: creation, migration, refusals that touch nothing, backup. */
class DatabaseTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anEmptyFileMigratesFromZeroWithForeignKeysAndWal() throws Exception {
        Path file = dir.resolve("sub/exampath.db");
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.latest(), db.version());
            assertEquals("ok", db.integrityCheck());
            db.read(c -> {
                Statement s = c.createStatement();
                var r = s.executeQuery("PRAGMA foreign_keys");
                r.next();
                assertEquals(1, r.getInt(1));
                r = s.executeQuery("PRAGMA journal_mode");
                r.next();
                assertEquals("wal", r.getString(1));
                r = s.executeQuery("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name)");
                r.next();
                assertEquals("attempt,audit,encounter,finding,meta,patient,red_flag_ack,setting,sqlite_sequence,store_event,student", r.getString(1));
                s.close();
                return null;
            });
        }
        try (Database again = Database.open(file)) {
            assertEquals(Migrations.latest(), again.version(), "a second open applies nothing twice");
        }
    }

    @Test
    void aNewDatabaseIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("exampath.db");
        Database.open(file).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path file = Files.write(dir.resolve("notes.db"), "my private notes\n".getBytes());
        byte[] before = Files.readAllBytes(file);
        String m = assertThrows(StoreException.class, () -> Database.open(file)).getMessage();
        assertTrue(m.endsWith("is not an ExamPath database (it is not an SQLite file); it was left as it is"), m);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), Files.list(dir).toList(), "no journal or WAL file appeared");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('soup')");
        }
        byte[] before = Files.readAllBytes(file);
        String m = assertThrows(StoreException.class, () -> Database.open(file)).getMessage();
        assertTrue(m.contains("another program"), m);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aCorruptDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            EncounterStore store = new EncounterStore(db, CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            for (int i = 0; i < 50; i++) {
                store.create("P-" + i, "c", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
        String m = assertThrows(StoreException.class, () -> Database.open(file)).getMessage();
        assertTrue(m.contains("damaged"), m);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void theBackupCanBeRestored() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            EncounterStore store = new EncounterStore(db, CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long kept = store.create("P-1", "c", Exams.of().is("nerve.slr", "negative").exam(), "v", null);
            Path backup = db.backup();
            assertEquals(file.resolveSibling("exampath.db.bak"), backup);
            store.create("P-2", "c", Exams.of().exam(), "v", null);
            assertEquals(2, store.count());
            db.restoreFromBackup("anna");
            assertEquals(1, store.count());
            assertTrue(store.load(kept).isPresent());
        }
    }
}
