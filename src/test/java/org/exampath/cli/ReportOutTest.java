package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 (1): report --out never replaces the database, its side files, the input or anything not a regular file. */
class ReportOutTest {
    @TempDir
    Path dir;

    private Path importedDatabase() throws Exception {
        Path db = dir.resolve("x.db");
        CommandRun imported = CommandRun.of("import", CommandRun.examFile(dir, "lumbar-radicular-s1").toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        return db;
    }

    private void assertRefusedAndUntouched(Path target, byte[] before, String... args) throws Exception {
        CommandRun run = CommandRun.of(args);
        assertTrue(run.refusedInOneLine(), run.code() + " " + run.err());
        assertArrayEquals(before, Files.readAllBytes(target), "the file is unchanged");
        assertNoTempFiles();
    }

    private void assertNoTempFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".exampath")).toList());
        }
    }

    @Test
    void theDatabaseItReadsIsNeverTheNote() throws Exception {
        Path db = importedDatabase();
        byte[] before = Files.readAllBytes(db);
        assertRefusedAndUntouched(db, before, "report", "1", "--out", db.toString(), "--db", db.toString());
        Path sameByAnotherName = dir.resolve("sub/../x.db");
        Files.createDirectories(dir.resolve("sub"));
        assertRefusedAndUntouched(db, before, "report", "1", "--out", sameByAnotherName.toString(), "--db", db.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), db);
        assertRefusedAndUntouched(db, before, "report", "1", "--out", link.toString(), "--db", db.toString());
        Path hard = Files.createLink(dir.resolve("hard.pdf"), db);
        assertRefusedAndUntouched(db, before, "report", "1", "--out", hard.toString(), "--db", db.toString());
        assertEquals(0, CommandRun.of("list", "--db", db.toString()).code(), "the database still opens");
    }

    @Test
    void theDatabaseSideFilesAndBackupAreRefusedEvenWhenAbsent() throws Exception {
        Path db = importedDatabase();
        for (String side : List.of("-wal", "-shm", "-journal", ".bak", ".bak-wal", ".bak.tmp")) {
            Path target = dir.resolve("x.db" + side);
            boolean existed = Files.exists(target);
            CommandRun run = CommandRun.of("report", "1", "--out", target.toString(), "--db", db.toString());
            assertTrue(run.refusedInOneLine(), side + ": " + run.err());
            assertEquals(existed, Files.exists(target), side + " neither created nor removed");
        }
        assertNoTempFiles();
    }

    @Test
    void theInputFileIsNeverTheNote() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        byte[] before = Files.readAllBytes(exam);
        assertRefusedAndUntouched(exam, before, "report", exam.toString(), "--out", exam.toString(), "--db", dir.resolve("y.db").toString());
        assertRefusedAndUntouched(exam, before, "report", exam.toString(), "--out", dir.resolve(".").resolve(exam.getFileName()).toString(),
                "--db", dir.resolve("y.db").toString());
    }

    @Test
    void aDeviceAFifoOrALinkToThemIsRefused() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        Path fifo = dir.resolve("pipe.pdf");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // a device of our own (never the machine's /dev/null: unfixed code run as root would replace it)
        Path device = dir.resolve("null");
        Path devices = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0 ? device : fifo;
        Path toDevice = Files.createSymbolicLink(dir.resolve("null.pdf"), devices);
        for (Path target : List.of(devices, fifo, toDevice, dir.resolve("dangling.pdf"))) {
            if (target.endsWith("dangling.pdf")) {
                Files.createSymbolicLink(target, dir.resolve("nowhere"));
            }
            CommandRun run = CommandRun.of("report", exam.toString(), "--out", target.toString(), "--db", dir.resolve("y.db").toString());
            assertTrue(run.refusedInOneLine(), target + ": " + run.err());
        }
        assertTrue(Files.isSymbolicLink(toDevice) && !Files.isRegularFile(fifo) && !Files.isRegularFile(devices),
                "the link, the device and the pipe are left as they were");
        assertNoTempFiles();
    }

    @Test
    void anOlderNoteIsKeptAndTheReportRefusedWithoutOverwrite() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        Path note = dir.resolve("note.pdf");
        Files.writeString(note, "last week's note");
        byte[] before = Files.readAllBytes(note);
        CommandRun run = CommandRun.of("report", exam.toString(), "--out", note.toString(), "--db", dir.resolve("y.db").toString());
        assertTrue(run.refusedInOneLine(), run.code() + " " + run.err());
        assertTrue(run.err().startsWith(note + ": a file with this name already exists") && run.err().contains("--overwrite"), run.err());
        assertArrayEquals(before, Files.readAllBytes(note), "last week's note is left as it was");
        assertFalse(Files.exists(dir.resolve("y.db")), "nothing was read or created");
        assertNoTempFiles();
        // a stored encounter's note is refused the same way, before its database is read
        Path db = importedDatabase();
        CommandRun byId = CommandRun.of("report", "1", "--out", note.toString(), "--db", db.toString());
        assertTrue(byId.refusedInOneLine() && byId.err().contains("--overwrite"), byId.err());
        assertArrayEquals(before, Files.readAllBytes(note));
    }

    @Test
    void aNoteIsWrittenOwnerOnlyAndReplacesAnOlderNoteWithOverwrite() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        Path note = dir.resolve("note.pdf");
        Files.writeString(note, "old");
        CommandRun run = CommandRun.of("report", exam.toString(), "--out", note.toString(), "--overwrite", "--db", dir.resolve("y.db").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(new String(Files.readAllBytes(note), 0, 5).startsWith("%PDF-"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
        assertFalse(Files.exists(dir.resolve("y.db")), "reporting a file does not create a database");
        assertNoTempFiles();
    }

    @Test
    void aNewNoteNeedsNoOverwriteAndOverwriteStillRefusesWhatIsProtected() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        Path note = dir.resolve("new-note.pdf");
        CommandRun run = CommandRun.of("report", exam.toString(), "--out", note.toString(), "--db", dir.resolve("y.db").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(new String(Files.readAllBytes(note), 0, 5).startsWith("%PDF-"));
        byte[] input = Files.readAllBytes(exam);
        assertRefusedAndUntouched(exam, input, "report", exam.toString(), "--out", exam.toString(), "--overwrite");
    }
}
