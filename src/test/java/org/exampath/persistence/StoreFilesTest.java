package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exampath.ChildJava;
import org.exampath.Exams;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: owner-only files, a private native library, a lost -wal, a full disk, a read-only folder, unknown versions. */
class StoreFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void everyFileTheStoreMakesIsOwnerOnlyBackupsAndSideFilesToo() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER).create("P-1", "anna", Exams.of().exam(), "v", null);
            db.backup();
            assertOwnerOnly(file, "exampath.db.bak");
            db.restoreFromBackup("anna");
            assertOwnerOnly(file, "exampath.db.bak");
        }
    }

    private void assertOwnerOnly(Path file, String expected) throws Exception {
        List<Path> made;
        try (Stream<Path> files = Files.list(dir)) {
            made = files.toList();
        }
        assertTrue(made.contains(file.resolveSibling("exampath.db-wal")), made.toString());
        assertTrue(made.contains(file.resolveSibling(expected)), made.toString());
        for (Path p : made) {
            assertEquals("rw-------", mode(p), p.getFileName().toString());
        }
    }

    @Test
    void anAdoptedEmptyFileIsTightenedToOwnerOnly() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Database.open(file).close();
        assertEquals("rw-------", mode(file));
    }

    @Test
    void anUnknownStoreVersionIsRefusedInOneLineAndLeftAlone() throws Exception {
        Path file = dir.resolve("odd.db");
        Database.open(file).close();
        try (var c = Database.connect(file, false)) {
            c.createStatement().execute("PRAGMA user_version = -1");
        }
        byte[] before = Files.readAllBytes(file);
        String m = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> Database.open(file)).getMessage();
        assertEquals(file + " cannot be used: its store version -1 is not one ExamPath ever wrote; it was left as it is", m);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void aFullDiskIsCalledAFullDisk() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = store.create("P-1", "anna", Exams.of().exam(), "v", null);
            int pages = db.writerDirect(c -> Database.single(c.createStatement(), "PRAGMA page_count"));
            db.writerDirect(c -> c.createStatement().execute("PRAGMA max_page_count = " + pages));
            String m = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> store.createAll(java.util.Collections.nCopies(300, new org.exampath.store.Encounters.NewEncounter(
                            "P-1", Exams.of().is("nerve.slump", "positive").exam(), "x", 0.5)), "anna", "v")).getMessage();
            assertTrue(m.contains("disk is full"), m);
            assertFalse(m.contains("no transaction is active"), m);
            assertEquals(1, store.count(), "nothing half-written");
            assertEquals(0, store.audit(id).size());
        }
    }

    @Test
    void aReadOnlyFolderIsCalledReadOnlyNotDamaged() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path sub = Files.createDirectory(dir.resolve("ro"));
        Database.open(sub.resolve("exampath.db")).close();
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            String m = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> Database.open(sub.resolve("exampath.db"))).getMessage();
            assertTrue(m.contains("read-only") && !m.contains("damaged"), m);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void sqliteSaysReadOnlyAndTheStoreSaysReadOnly() throws Exception {
        Path file = dir.resolve("exampath.db");
        Database.open(file).close();
        try (var c = Database.connect(file, true)) {
            java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                    () -> c.createStatement().execute("CREATE TABLE x (y)"));
            assertEquals("the database or its folder is read-only", SqlFailure.describe(e));
        }
    }

    @Test
    void theNativeLibraryIsExtractedOnceIntoAPrivateFolderAndNotIntoTmp() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        for (int run = 0; run < 2; run++) {
            assertEquals(0, child(home, tmp, StoreChild.class, "open", dir.resolve("lib-test.db").toString()).waitFor());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("sqlite-")).toList());
        }
        Path lib = home.resolve(".local/share/exampath/lib");
        assertEquals("rwx------", mode(lib));
        try (Stream<Path> libs = Files.list(lib)) {
            assertEquals(1, libs.filter(p -> p.getFileName().toString().startsWith("sqlite-")).count());
        }
    }

    @Test
    void aMissingWalAfterAnUncleanStopIsReported() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path file = dir.resolve("wal.db");
        Process child = child(home, dir, StoreChild.class, "halt", file.toString());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        Path wal = file.resolveSibling("wal.db-wal");
        assertTrue(Files.exists(wal), "the killed writer left its -wal");
        Files.delete(wal);
        try (Database db = Database.open(file)) {
            assertTrue(db.warning().orElse("").contains("-wal file is missing"), db.warning().toString());
        }
        try (Database db = Database.open(file)) {
            assertEquals(java.util.Optional.empty(), db.warning(), "after a clean close nothing is reported");
        }
    }

    @Test
    void anUncleanStopWithItsWalIntactIsNotAnAlarm() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path file = dir.resolve("wal.db");
        assertTrue(child(home, dir, StoreChild.class, "halt", file.toString()).waitFor(60, TimeUnit.SECONDS));
        try (Database db = Database.open(file)) {
            assertEquals(java.util.Optional.empty(), db.warning());
            assertEquals(1, new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER).count(), "the -wal's change was recovered");
        }
    }

    private static Process child(Path home, Path tmp, Class<?> main, String... args) throws Exception {
        List<String> command = ChildJava.command(List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp), main.getName(), args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("XDG_DATA_HOME");
        return builder.start();
    }
}
