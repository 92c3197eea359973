package org.exampath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.exampath.exchange.AtomicFile;
import org.exampath.ui.common.TextSize;

/**
 * The text size chosen under View on this computer, kept beside {@code last-database} in one line ("larger"), so the
 * next start opens at the size the clinician reads. A file that cannot be read or kept only loses the memory. A choice
 * is written off the JavaFX thread by a writer of its own, in the order chosen; {@link #close} waits for it on exit.
 */
final class TextSizeFile {
    private final Path file;
    private final ExecutorService writer = OrderedWriter.named("exampath-text-size");

    TextSizeFile(Path file) {
        this.file = file;
    }

    /** Keeps {@code size} on the writer, after any size chosen before it; once closed, a choice is not kept. */
    void keepLater(TextSize size) {
        try {
            writer.execute(() -> keep(size));
        } catch (RejectedExecutionException closed) {
            System.err.println("the text size is not remembered: ExamPath is closing");
        }
    }

    /** Stops taking choices and waits (a few seconds at most) for those already made to be written. */
    void close() {
        OrderedWriter.close(writer, 5, "the text size was still being written when ExamPath closed (" + file + ")");
    }

    /** The size kept; empty when none was chosen here or the line names no size. */
    Optional<TextSize> read() {
        try {
            return TextSize.named(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            System.err.println("the text size chosen on this computer cannot be read (" + file + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code size}, whole or not at all. */
    void keep(TextSize size) {
        try {
            AtomicFile.privateFolder(file.toAbsolutePath().getParent());
            AtomicFile.write(file, List.of(), out -> out.write((size.name().toLowerCase() + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("the text size is not remembered (" + file + "): " + e.getMessage());
        }
    }
}
