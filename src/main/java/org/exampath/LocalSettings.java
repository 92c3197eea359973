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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.exampath.exchange.AtomicFile;
import org.exampath.persistence.SettingsStore.Settings;
import org.exampath.store.StoreException;

/**
 * The clinician's name and clinic as entered in Settings by the person using this computer, kept in a small file in
 * their own data folder (beside {@code last-database}), never in a database another computer may share: on a practice's
 * shared SQLite file each clinician keeps their own name. Written whole or not at all, off the JavaFX thread: saves are
 * written one after another, in the order asked, by a writer of their own, and {@link #close} waits for those asked
 * before it (the last save before the window closes is kept).
 */
final class LocalSettings implements AutoCloseable {
    /** How long {@link #close} waits for the saves asked before it. */
    private static final long CLOSE_WAIT_SECONDS = 20;
    /** Where the settings are kept, as a failure to keep them says it. */
    static final String WHERE = "on this computer";
    private final Path file;
    private final ExecutorService writer;

    LocalSettings(Path file) {
        this(file, OrderedWriter.named("exampath-local-settings"));
    }

    /** {@code writer}: runs the writes, one at a time in the order given (tests hold it to see what waits). */
    LocalSettings(Path file, ExecutorService writer) {
        this.file = file;
        this.writer = writer;
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

    /**
     * Keeps {@code settings}: a refused value completes exceptionally at once; otherwise the file is written on the
     * writer, and the future completes then, exceptionally with the reason in one line when it cannot be kept.
     */
    CompletableFuture<Void> save(Settings settings) {
        if (!settings.problem().isEmpty()) {
            return CompletableFuture.failedFuture(new StoreException(settings.problem()));
        }
        try {
            return CompletableFuture.runAsync(() -> write(settings), writer);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new StoreException("the window is closing"));
        }
    }

    private void write(Settings settings) {
        Properties p = new Properties();
        p.setProperty("clinician", settings.clinician());
        p.setProperty("clinic", settings.clinic());
        try {
            StringWriter text = new StringWriter();
            p.store(text, "ExamPath: the name and clinic entered in Settings on this computer");
            AtomicFile.privateFolder(file.toAbsolutePath().getParent());
            AtomicFile.write(file, List.of(), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CompletionException(new StoreException("the settings file " + file + " could not be written: "
                    + e.getMessage(), e));
        }
    }

    /** Takes no more saves and waits for those asked before (the last one before exit is written). */
    @Override
    public void close() {
        OrderedWriter.close(writer, CLOSE_WAIT_SECONDS,
                "the settings on this computer were still being written when ExamPath closed (" + file + ")");
    }
}
