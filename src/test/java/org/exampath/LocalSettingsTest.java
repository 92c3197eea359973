package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /**
     * The window asks for a save on the JavaFX thread: the file is written by the settings' own writer, so the caller
     * (the JavaFX thread) never waits on the disk. Here the writer is held busy: save returns at once, unwritten.
     */
    @Test
    void aSaveReturnsAtOnceAndIsWrittenByTheSettingsOwnWriter() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        CountDownLatch held = new CountDownLatch(1);
        writer.submit(() -> {
            held.await();
            return null;
        });
        LocalSettings settings = new LocalSettings(dir.resolve("settings"), writer);
        CompletableFuture<Void> kept = settings.save(new Settings("Ben Okoro", "North"));
        assertFalse(kept.isDone(), "save waited for the write on the caller's thread");
        assertEquals(Optional.empty(), settings.read(), "the caller's thread wrote the file");
        held.countDown();
        kept.join();
        assertEquals(Optional.of(new Settings("Ben Okoro", "North")), settings.read());
        settings.close();
    }

    /** Saves asked one after another are written in that order; close (at exit) waits for the last one asked. */
    @Test
    void theLastSaveAskedBeforeCloseIsTheOneKept() {
        LocalSettings settings = new LocalSettings(dir.resolve("settings"));
        for (int i = 0; i < 40; i++) {
            settings.save(new Settings("Clinician " + i, "Clinic " + i));
        }
        settings.close();
        assertEquals(Optional.of(new Settings("Clinician 39", "Clinic 39")), new LocalSettings(dir.resolve("settings")).read());
    }

    @Test
    void aSaveAskedAfterCloseIsRefusedWithAReason() {
        LocalSettings settings = new LocalSettings(dir.resolve("settings"));
        settings.close();
        CompletionException refused = assertThrows(CompletionException.class,
                () -> settings.save(new Settings("Ben Okoro", "North")).join());
        assertTrue(refused.getCause().getMessage().contains("closing"), refused.getCause().getMessage());
        assertEquals(Optional.empty(), settings.read());
    }
}
