package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rolling backup that cannot be put in place leaves no copy of the patients' data behind under another name. */
class FailedBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupThatCannotBeMovedIntoPlaceLeavesNoTemporaryCopy() throws Exception {
        Path file = dir.resolve("exampath.db");
        // something that is no backup file stands where the backup goes: a folder with a file in it
        Path blocked = Files.createDirectories(dir.resolve("exampath.db.bak"));
        Files.writeString(blocked.resolve("keep.txt"), "mine");
        try (Database db = Database.open(file)) {
            new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER).create("P-1", "anna", Exams.of().exam(), "v", null);
            StoreException e = assertThrows(StoreException.class, db::backup);
            assertTrue(e.getMessage().startsWith("the backup could not be written"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains("exampath.db.bak"), e.getMessage());
        }
        assertFalse(Files.exists(SideCopies.BACKUP.ofThisProcess(file)), "the half-made backup is gone");
        assertEquals("mine", Files.readString(blocked.resolve("keep.txt")));
    }

    @Test
    void aFailedBackupLeavesTheLastGoodOneAsItWas() throws Exception {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER).create("P-1", "anna", Exams.of().exam(), "v", null);
            db.backup();
        }
        byte[] good = Files.readAllBytes(dir.resolve("exampath.db.bak"));
        // the temporary name is taken by a folder with a file in it: the next backup cannot begin
        Path tmp = Files.createDirectories(SideCopies.BACKUP.ofThisProcess(file));
        Files.writeString(tmp.resolve("x"), "x");
        try (Database db = Database.open(file)) {
            assertThrows(StoreException.class, db::backup);
        }
        assertArrayEquals(good, Files.readAllBytes(dir.resolve("exampath.db.bak")));
    }
}
