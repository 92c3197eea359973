package org.exampath;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.exampath.exchange.AtomicFile;
import org.exampath.persistence.SettingsStore.Settings;
import org.exampath.store.StoreException;

/**
 * The clinician's name and clinic as entered in Settings by the person using this computer, kept in a small file in
 * their own data folder (beside {@code last-database}), never in a database another computer may share: on a practice's
 * shared SQLite file each clinician keeps their own name. Written whole or not at all.
 */
final class LocalSettings {
    private final Path file;

    LocalSettings(Path file) {
        this.file = file;
    }

    /** What was entered on this computer; empty when nothing was ever saved here (or the file cannot be read). */
    Optional<Settings> read() {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(new Settings(p.getProperty("clinician", ""), p.getProperty("clinic", "")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("the settings on this computer cannot be read (" + file + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code settings}; completes exceptionally, with the reason in one line, when they cannot be kept. */
    CompletableFuture<Void> save(Settings settings) {
        if (!settings.problem().isEmpty()) {
            return CompletableFuture.failedFuture(new StoreException(settings.problem()));
        }
        Properties p = new Properties();
        p.setProperty("clinician", settings.clinician());
        p.setProperty("clinic", settings.clinic());
        try {
            StringWriter text = new StringWriter();
            p.store(text, "ExamPath: the name and clinic entered in Settings on this computer");
            AtomicFile.privateFolder(file.toAbsolutePath().getParent());
            AtomicFile.write(file, List.of(), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            return CompletableFuture.completedFuture(null);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new StoreException("the settings cannot be kept on this computer (" + file
                    + "): " + e.getMessage(), e));
        }
    }
}
