package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database someone named ({@code --db}) is made in an existing folder, never with a tree of folders for it. */
class OpenNamedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltFolderIsRefusedAndNothingIsMade() {
        Path typo = dir.resolve("Documnets").resolve("exampath.db");
        StoreException refused = assertThrows(StoreException.class, () -> Database.openNamed(typo, "~/Documnets/exampath.db"));
        assertEquals("~/Documnets/exampath.db: the folder for it does not exist (nothing was created; check the path)",
                refused.getMessage());
        assertFalse(Files.exists(typo.getParent()), "the misspelt folder was made");
    }

    @Test
    void aNewDatabaseInAnExistingFolderIsMade() {
        Path file = dir.resolve("room2.db");
        try (Database db = Database.openNamed(file, "room2.db")) {
            assertEquals(Migrations.latest(), db.version());
        }
        assertTrue(Files.exists(file));
    }
}
