package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note that cannot be written because the disk is full is an error said in one line (exit 2), never taken for a
 * closed pipe, and leaves nothing: on a real, full file system (a small tmpfs; skipped where this test may not mount one).
 */
class ReportFullDiskTest {
    @TempDir
    Path dir;

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** Fills the file system at {@code folder} to the last byte. */
    private static void fill(Path folder) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(folder.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left: what the test wants
        }
    }

    @Test
    void aNoteOnAFullDiskIsAFailureSaidInOneLineAndLeavesNothing() throws Exception {
        Path exam = CommandRun.examFile(dir, "gluteal-tendinopathy-classic");
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                small.toString()), "a small file system cannot be mounted here");
        try {
            fill(small);
            Path note = small.resolve("note.pdf");
            CommandRun report = CommandRun.of("report", exam.toString(), "--out", note.toString(), "--db", dir.resolve("y.db").toString());
            assertTrue(report.refusedInOneLine(), report.code() + " " + report.err());
            assertTrue(report.err().startsWith("the note could not be written to " + note + ": ")
                    && report.err().contains("No space left on device"), report.err());
            try (Stream<Path> files = Files.list(small)) {
                assertEquals(List.of("filler"), files.map(f -> f.getFileName().toString()).toList(), "no note, no temporary file");
            }
        } finally {
            assertTrue(run("umount", small.toString()), "the small file system is unmounted");
        }
    }
}
