package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore builds its result in a side copy of the backup beside the database (patients' data) and removes it at the
 * end. A process killed part-way leaves that copy, and SQLite's journal of it, behind: the next start or restore
 * removes them. Nothing else is touched: a file of that name that is not an ExamPath copy, one that is a link, and
 * the copy of a restore still under way in a running process stay as they are.
 */
class RestoreLeftoverCopyTest {
    @TempDir
    Path dir;

    /** A database with one encounter and its rolling backup, closed as a killed process leaves it. */
    private Path storeWithBackup() {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER).create("P-1", "anna", Exam.empty(), "v", null);
            db.backup();
        }
        return file;
    }

    /** What a kill part-way through the restore leaves: the backup copied beside the database, with a hot journal. */
    private static void killedRestoreCopy(Path backup, Path copy) throws Exception {
        Files.copy(backup, copy);
        Files.write(copy.resolveSibling(copy.getFileName() + "-journal"), new byte[] {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 1, 2, 3});
    }

    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".restore")).sorted().toList();
        }
    }

    @Test
    void theNextStartRemovesTheCopyAndJournalAKilledRestoreLeft() throws Exception {
        Path file = storeWithBackup();
        // as the restore of earlier versions named it, and as this one names it with the killed process's id
        killedRestoreCopy(Backups.pathFor(file), dir.resolve("exampath.db.restore.tmp"));
        killedRestoreCopy(Backups.pathFor(file), dir.resolve("exampath.db.restore." + endedProcess() + ".tmp"));
        assertEquals(4, files().size(), "sanity: the leftovers are there before the start");

        try (Database db = Database.open(file)) {
            assertEquals(List.of(), files(), "the next start leaves no copy of the patients' data from the killed restore");
        }
    }

    @Test
    void theNextRestoreRemovesACopyMadeButNotYetWrittenAndLeavesNoneOfItsOwn() throws Exception {
        Path file = storeWithBackup();
        Path empty = dir.resolve("exampath.db.restore." + endedProcess() + ".tmp");
        try (Database db = Database.open(file)) {
            // left while this store was open (another window's restore, killed right after making its copy)
            Files.createFile(empty);
            Files.createFile(empty.resolveSibling(empty.getFileName() + "-journal"));
            db.restoreFromBackup("anna");
            assertEquals(List.of(), files(), "the restore removed the leftover and its own copy");
            assertEquals(1, new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER).list("", 10).size(),
                    "and restored the backup's encounter");
        }
    }

    @Test
    void filesThatAreNotUnmistakablyALeftoverCopyStay() throws Exception {
        Path file = storeWithBackup();
        Map<String, byte[]> kept = new TreeMap<>();
        // the clinician's own file that happens to bear the name
        kept.put("exampath.db.restore.tmp", "my notes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // the copy of a restore still under way in a running process (this one stands for it)
        kept.put("exampath.db.restore." + ProcessHandle.current().pid() + ".tmp", Files.readAllBytes(Backups.pathFor(file)));
        // another program's SQLite file, under the name of an ended process
        Path other = dir.resolve("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        kept.put("exampath.db.restore." + endedProcess() + ".tmp", Files.readAllBytes(other));
        // a name that only begins like ours
        kept.put("exampath.db.restore.tmp.keep", Files.readAllBytes(Backups.pathFor(file)));
        for (Map.Entry<String, byte[]> e : kept.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        // a link named as a leftover copy, pointing at a copy of ours kept elsewhere
        Path elsewhere = Files.copy(Backups.pathFor(file), dir.resolve("kept-copy.db"));
        Path link = Files.createSymbolicLink(dir.resolve("exampath.db.restore." + endedProcess() + ".tmp"), elsewhere);

        try (Database db = Database.open(file)) {
            for (Map.Entry<String, byte[]> e : kept.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())), e.getKey() + " was changed or removed");
            }
            assertFalse(!Files.isSymbolicLink(link) || !Files.exists(elsewhere), "the link and the file it points at stay");
        }
    }
}
