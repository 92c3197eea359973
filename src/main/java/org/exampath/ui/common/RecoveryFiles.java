package org.exampath.ui.common;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.domain.Exam;
import org.exampath.exchange.AtomicFile;
import org.exampath.exchange.ExamWriter;

/**
 * A local copy of every change the store could not take yet (a clinic server out of reach, a full
 * disk): one exam/1 file per unsaved snapshot in a private folder, removed once the change is stored.
 * Files left by an earlier session are reported at start, to be opened like any exam file.
 */
public final class RecoveryFiles {
    private final Path dir;
    private final String session = Long.toString(ProcessHandle.current().pid()) + "-" + System.currentTimeMillis();

    public RecoveryFiles(Path dir) {
        this.dir = dir;
    }

    public Path folder() {
        return dir;
    }

    /** Keeps the snapshot of one unsaved change, with its label; a newer one of the same exam replaces it. */
    void keep(long generation, Exam exam, String label) {
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Exam withLabel = label == null || label.isBlank() ? exam : exam.withRecord(exam.record().withLabel(label));
            byte[] json = new ExamWriter().write(withLabel);
            AtomicFile.write(file(generation), List.of(), out -> out.write(json));
        } catch (IOException e) {
            // the change is still on screen and in the retry queue; a copy on disk is the second line
        }
    }

    /** The change is stored: its local copy goes. */
    void done(long generation) {
        try {
            Files.deleteIfExists(file(generation));
        } catch (IOException e) {
            // left for the next start to report
        }
    }

    /** Copies left by earlier sessions, which never reached the store. */
    public List<Path> leftovers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("unsaved-")
                    && !f.getFileName().toString().startsWith("unsaved-" + session + "-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Path file(long generation) {
        return dir.resolve("unsaved-" + session + "-" + generation + ".json");
    }
}
