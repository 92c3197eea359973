package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.OutputTarget;
import org.exampath.exchange.UnsafeTargetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes backing up one database at once (two windows started together on a shared practice file) each write
 * their own temporary copy, named by their process: neither removes nor moves the other's half-written one, and the
 * finished backup is always a whole database. A copy a stopped process left goes at the next backup; one of a running
 * process, and a file that only looks like one, stay. No export may be written over such a copy.
 */
class ConcurrentBackupTest {
    @TempDir
    Path dir;

    private Path file;

    private Database open() {
        file = dir.resolve("exampath.db");
        Database db = Database.open(file);
        new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER).create("P-1", "anna", Exam.empty(), "v", null);
        return db;
    }

    /** A running process other than this one, standing for the second window. */
    private static long otherLiveProcess() {
        return ProcessHandle.current().parent().orElseThrow().pid();
    }

    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> temporaryFiles() {
        return list(dir);
    }

    /** The encounters a backup holds, read after SQLite's own check of the whole file. */
    private static int encountersIn(Path backup) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1), backup + " is whole");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM encounter")) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void aSecondProcessBackingUpWhileTheFirstIsAboutToMoveItsCopyLeavesThatCopyAlone() throws Exception {
        try (Database first = open(); Database second = Database.open(file)) {
            Path[] seen = new Path[1];
            Backups other = new Backups(second, otherLiveProcess(), () -> { });
            // the first window's backup is whole under its temporary name; the second window backs up in full now
            Backups mine = new Backups(first, ProcessHandle.current().pid(), () -> {
                List<String> copies = list(dir);
                assertEquals(1, copies.size(), "sanity: the first backup's copy is written, not yet moved: " + copies);
                Path own = dir.resolve(copies.get(0));
                byte[] before = read(own);
                seen[0] = other.backup();
                assertTrue(Files.exists(own), "the other backup removed or moved this one's half-done copy");
                assertArrayEquals(before, read(own), "the other backup rewrote this one's copy");
            });
            Path done = mine.backup();
            assertEquals(Backups.pathFor(file), seen[0]);
            assertEquals(Backups.pathFor(file), done);
            assertEquals(1, encountersIn(done), "the finished backup is a whole database with the encounter");
            assertEquals(List.of(), temporaryFiles(), "each backup moved or removed its own copy");
        }
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("exampath.db.bak.")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBackupRemovesTheCopyAStoppedProcessLeftWithItsJournal() throws Exception {
        try (Database db = open()) {
            db.backup();
            Path left = SideCopies.BACKUP.ofProcess(file, endedProcess());
            Files.copy(Backups.pathFor(file), left);
            Files.write(left.resolveSibling(left.getFileName() + "-journal"), new byte[] {(byte) 0xd9, (byte) 0xd5, 1});
            Files.copy(Backups.pathFor(file), dir.resolve("exampath.db.bak.tmp")); // as earlier versions named it
            assertEquals(3, temporaryFiles().size(), "sanity: the leftovers are there");
            db.backup();
            assertEquals(List.of(), temporaryFiles(), "no copy of the patients' data from the stopped process stays");
            assertEquals(1, encountersIn(Backups.pathFor(file)));
        }
    }

    @Test
    void aRunningProcessesCopyAndALookAlikeStay() throws Exception {
        try (Database db = open()) {
            db.backup();
            Map<String, byte[]> kept = new TreeMap<>();
            kept.put(SideCopies.BACKUP.ofProcess(file, otherLiveProcess()).getFileName().toString(),
                    Files.readAllBytes(Backups.pathFor(file)));
            kept.put("exampath.db.bak.tmp", "my notes".getBytes(StandardCharsets.UTF_8));
            kept.put("exampath.db.bak." + endedProcess() + ".tmp.keep", Files.readAllBytes(Backups.pathFor(file)));
            Path other = dir.resolve("other.sqlite");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x)");
            }
            kept.put("exampath.db.bak." + endedProcess() + ".tmp", Files.readAllBytes(other));
            for (Map.Entry<String, byte[]> e : kept.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
            db.backup();
            for (Map.Entry<String, byte[]> e : kept.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())), e.getKey() + " was changed or removed");
            }
        }
    }

    @Test
    void anExportIsNeverWrittenOverABackupsOrRestoresTemporaryCopy() throws Exception {
        Path db = dir.resolve("exampath.db");
        List<Path> protectedFiles = OutputTarget.databaseFiles(db);
        List<Path> copies = List.of(SideCopies.BACKUP.ofThisProcess(db), SideCopies.RESTORE.ofThisProcess(db),
                SideCopies.BACKUP.ofProcess(db, otherLiveProcess()), SideCopies.RESTORE.ofProcess(db, 1),
                dir.resolve("exampath.db.bak.tmp"), dir.resolve("exampath.db.restore.tmp"),
                dir.resolve("sub").resolve("..").resolve("exampath.db.bak.7.tmp"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(copies.get(0), "half-written");
        for (Path copy : copies) {
            UnsafeTargetException e = assertThrows(UnsafeTargetException.class, () -> OutputTarget.check(copy, protectedFiles),
                    copy + " was accepted");
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals("half-written", Files.readString(copies.get(0)));
        // a name that only looks like one, or one beside another database, is an ordinary target
        for (String free : List.of("exampath.db.bak.tmp.pdf", "exampath.db.bak.x.tmp", "other.db.bak.1.tmp")) {
            OutputTarget.check(dir.resolve(free), protectedFiles);
        }
        assertTrue(Files.exists(copies.get(0)));
    }
}
