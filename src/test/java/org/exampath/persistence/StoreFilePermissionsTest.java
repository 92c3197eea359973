package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file its owner made read-only (chmod 400: an archived practice, a file kept as evidence) is refused with
 * a message and left as it is, never made writable and written: tightening takes rights away from others and never
 * gives the owner write. A file this user may not read or write is refused with a message that says so, whose file it
 * is and its mode (the file system's own message is only the path).
 */
class StoreFilePermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private Path storedWithOneEncounter(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            new EncounterStore(db, DatabaseTest.CLOCK).create("P-1", "anna", org.exampath.Exams.of().exam(), "v", null);
        }
        return file;
    }

    @Test
    void aDatabaseMadeReadOnlyByItsOwnerIsNotMadeWritableByOpeningIt() throws Exception {
        Path file = storedWithOneEncounter("archive.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(file);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file).close());

        assertEquals("r--------", mode(file), "the owner's read-only file was made writable");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the read-only file was written");
        assertTrue(refused.getMessage().contains("is read-only (mode r--------)")
                && refused.getMessage().contains("it was left as it is"), refused.getMessage());
    }

    @Test
    void aReadOnlyFileReadableByOthersIsRefusedWithoutTakingTheirReadingAway() throws Exception {
        Path file = storedWithOneEncounter("shared.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThrows(StoreException.class, () -> Database.open(file).close());

        assertEquals("r--r--r--", mode(file), "a refused file is left exactly as it was");
    }

    @Test
    void aWritableFileLosesOnlyGroupAndOthersRights() throws Exception {
        Path file = storedWithOneEncounter("adopted.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        Database.open(file).close();

        assertEquals("rw-------", mode(file));
    }

    @Test
    void aFileThisUserMayNotUseIsNamedAsSuchWithItsOwnerAndMode() throws Exception {
        // root reads and writes any file, so what a user may do is given here as a user's open would find it
        Path file = storedWithOneEncounter("colleague.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        String owner = Files.getOwner(file).getName();
        AccessDeniedException refusal = new AccessDeniedException(file.toString());
        String start = "cannot open " + file + ": permission denied, ";
        String end = " (it belongs to " + owner + ", mode rw-r-----); it was left as it is";

        assertEquals(start + "you may not read it" + end, StoreFiles.denied(file, refusal, false, false).getMessage());
        assertEquals(start + "you may not write it" + end, StoreFiles.denied(file, refusal, true, false).getMessage());
        assertEquals(start + "you may not change who else may read it" + end,
                StoreFiles.denied(file, refusal, true, true).getMessage());
        assertEquals("rw-r-----", mode(file), "the file was left as it is");
    }
}
