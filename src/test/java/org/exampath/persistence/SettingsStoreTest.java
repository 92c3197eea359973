package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinician's settings on a real SQLite file: empty until entered, kept across a reopen, never half-written. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void nothingEnteredMeansNoOneIsNamed() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            assertEquals(new SettingsStore.Settings("", ""), new SettingsStore(db).load());
        }
    }

    @Test
    void savedSettingsComeBackAfterAReopen() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            new SettingsStore(db).save(new SettingsStore.Settings("  Dr A. Example ", "Hip Clinic")).join();
            new SettingsStore(db).save(new SettingsStore.Settings("Dr A. Example", "Hip and Pelvis Clinic")).join();
        }
        try (Database db = Database.open(dir.resolve("s.db"))) {
            assertEquals(new SettingsStore.Settings("Dr A. Example", "Hip and Pelvis Clinic"), new SettingsStore(db).load());
        }
    }

    @Test
    void aTooLongNameIsRefusedByNameAndNothingChanges() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            SettingsStore store = new SettingsStore(db);
            store.save(new SettingsStore.Settings("Dr A", "Clinic")).join();
            var e = assertThrows(java.util.concurrent.CompletionException.class,
                    () -> store.save(new SettingsStore.Settings("Dr B", "x".repeat(201))).join());
            assertEquals("The clinic's name is longer than 200 characters.", e.getCause().getMessage());
            assertEquals(new SettingsStore.Settings("Dr A", "Clinic"), store.load());
        }
    }
}
