package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.exampath.persistence.SettingsStore.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name and clinic kept for the user of this computer, in their own data folder. */
class LocalSettingsTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedReadsAsNothingRatherThanAnEmptyName() {
        assertEquals(Optional.empty(), new LocalSettings(dir.resolve("settings")).read());
    }

    @Test
    void aNameWithAnyCharactersIsReadBackAsEntered() {
        LocalSettings settings = new LocalSettings(dir.resolve("new folder").resolve("settings"));
        Settings entered = new Settings("Dr Zoë O'Brien = MSc # physio \\ ", "Clinique Saint-Éloi: room 2");
        settings.save(entered).join();
        assertEquals(Optional.of(entered), new LocalSettings(dir.resolve("new folder").resolve("settings")).read());
    }

    @Test
    void aNameTooLongIsRefusedAndTheOneKeptStays() {
        LocalSettings settings = new LocalSettings(dir.resolve("settings"));
        settings.save(new Settings("Ben Okoro", "North")).join();
        CompletionException refused = assertThrows(CompletionException.class, () -> settings.save(new Settings("x".repeat(201), "")).join());
        assertTrue(refused.getCause().getMessage().contains("longer than 200"), refused.getCause().getMessage());
        assertEquals(Optional.of(new Settings("Ben Okoro", "North")), settings.read());
    }
}
