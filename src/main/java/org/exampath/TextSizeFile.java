package org.exampath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.exampath.exchange.AtomicFile;
import org.exampath.ui.common.TextSize;

/**
 * The text size chosen under View on this computer, kept beside {@code last-database} in one line ("larger"), so the
 * next start opens at the size the clinician reads. A file that cannot be read or kept only loses the memory.
 */
final class TextSizeFile {
    private final Path file;

    TextSizeFile(Path file) {
        this.file = file;
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
