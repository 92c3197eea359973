package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exam file the user may not read is said to be so, not named twice with no reason. */
class UnreadableInputTest {
    @TempDir
    Path dir;

    private void assertSaysPermissionDenied(Path file) {
        for (String[] args : List.of(new String[] {"evaluate", file.toString()},
                new String[] {"import", file.toString(), "--db", dir.resolve("x.db").toString()},
                new String[] {"report", file.toString(), "--out", dir.resolve("n.pdf").toString()})) {
            CommandRun run = CommandRun.of(args);
            assertTrue(run.refusedInOneLine(), run.err());
            assertTrue(run.err().startsWith(file + ": cannot read: permission denied"), run.err());
        }
        assertTrue(!Files.exists(dir.resolve("x.db")) && !Files.exists(dir.resolve("n.pdf")), "nothing was written");
    }

    @Test
    void aFileWithoutReadPermissionIsNamedSo() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads a file whatever its mode");
        Path exam = CommandRun.examFile(dir, "lumbar-radicular-s1");
        Files.setPosixFilePermissions(exam, PosixFilePermissions.fromString("-w-------"));
        assertSaysPermissionDenied(exam);
    }

    @Test
    void aFileEvenRootMayNotReadIsNamedSo() throws Exception {
        // a write-only kernel setting refuses reading to everyone, root included
        Optional<Path> writeOnly;
        try (Stream<Path> files = Files.isDirectory(Path.of("/sys/class")) ? Files.walk(Path.of("/sys/class"), 2) : Stream.empty()) {
            writeOnly = files.filter(p -> {
                try {
                    return Files.isRegularFile(p) && "-w-------".equals(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
        }
        assumeTrue(writeOnly.isPresent(), "no write-only file under /sys/class here");
        assertSaysPermissionDenied(writeOnly.get());
    }
}
