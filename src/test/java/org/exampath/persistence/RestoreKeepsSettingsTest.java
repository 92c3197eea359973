package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rolling-backup restore brings back the encounters of the backup, but the clinician's name and
 * clinic (Settings, kept in the same file) are not records: a restore must not put back the name of whoever used
 * the computer when the backup was taken, or the next session signs and audits in that person's name.
 */
class RestoreKeepsSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aRestoreKeepsTheNameOfWhoeverIsUsingTheComputerNow() {
        Path file = dir.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            SettingsStore settings = new SettingsStore(db);
            settings.save(new SettingsStore.Settings("ben", "North")).join();
            // the app takes its rolling backup at start; Ben used this computer yesterday
            db.backup();
            // Anna starts work and enters her own name, then restores the backup to undo a mistaken import
            settings.save(new SettingsStore.Settings("anna", "North")).join();
            db.restoreFromBackup("anna");
        }
        try (Database db = Database.open(file)) {
            // the next start fills the window's clinician from these settings: every save and note would say ben
            assertEquals(new SettingsStore.Settings("anna", "North"), new SettingsStore(db).load(),
                    "the restore put back the clinician's name of the backup's time, so the next session works in ben's name");
        }
    }
}
