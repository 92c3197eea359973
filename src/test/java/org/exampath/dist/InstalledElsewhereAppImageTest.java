package org.exampath.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image run from a folder other than the one it was built in, as the Windows .msi (per-user folder) and
 * the macOS .dmg (/Applications) install it. Only the .deb re-dumps the class-data-sharing archive for its install
 * path (src/dist/linux/postinst). Everywhere else the JVM prints "[warning][cds,dynamic] Unable to use shared
 * archive ..." at every start, and unified logging writes it to STANDARD OUTPUT: {@code evaluate exam.json > out.json},
 * {@code export ID > exam.json} and {@code class-scores > scores.csv} get a log line before their content. Runs with
 * {@code -Dexampath.image=target/dist/ExamPath} after {@code mvn -Pdist package}, as AppImageTest does.
 */
class InstalledElsewhereAppImageTest {
    @TempDir
    Path dir;

    @Test
    void aCopyOfTheImageInAnotherFolderPrintsOnlyTheCommandsOutputOnStandardOutput() throws Exception {
        String where = System.getProperty("exampath.image");
        assumeTrue(where != null && !where.isBlank(), "no -Dexampath.image: the app image is not built");
        Path installed = dir.resolve("installed").resolve("ExamPath");
        Files.createDirectories(installed.getParent());
        Process copy = new ProcessBuilder("cp", "-a", Path.of(where).toAbsolutePath().toString(), installed.toString())
                .inheritIO().start();
        assertTrue(copy.waitFor(120, TimeUnit.SECONDS) && copy.exitValue() == 0, "the image could not be copied");
        Path launcher;
        try (Stream<Path> files = Files.walk(installed)) {
            launcher = files.filter(p -> p.endsWith(Path.of("bin", "ExamPath")) || p.endsWith(Path.of("MacOS", "ExamPath"))
                    || p.getFileName().toString().equals("ExamPath.exe")).findFirst().orElseThrow();
        }
        Path exam = dir.resolve("exam.json");
        Files.writeString(exam, "{\"format\": \"exam/1\"}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"exam/1\", \"nonsense\": 1}");

        String[] good = run(launcher, exam);
        assertEquals("0", good[0], good[2]);
        assertTrue(good[1].startsWith("{"), "evaluate's standard output is not the assessment JSON alone; it starts: "
                + good[1].lines().findFirst().orElse(""));

        String[] refused = run(launcher, bad);
        assertEquals("2", refused[0]);
        assertEquals("", refused[1], "bad input must print nothing on standard output");
        assertEquals(1, refused[2].lines().count(), "bad input should be one line on stderr, got: " + refused[2]);
    }

    /** exit code, stdout, stderr of {@code launcher evaluate file}, with no display, as the commands run. */
    private String[] run(Path launcher, Path file) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "evaluate", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out");
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }
}
