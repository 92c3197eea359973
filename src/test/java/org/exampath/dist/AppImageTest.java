package org.exampath.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app image against the jar: the same commands, run headless (no display in the
 * environment), give the same bytes. Runs only when told where the image is, after
 * {@code mvn -Pdist package}: {@code mvn surefire:test -Dtest=AppImageTest -Dexampath.image=target/dist/ExamPath}
 * (.ci/run does this).
 */
class AppImageTest {
    private static Path image;
    private static Path launcher;
    private static Path jar;

    @TempDir
    Path dir;

    private record Run(int code, byte[] out, String err) {
    }

    @BeforeAll
    static void locate() throws IOException {
        String where = System.getProperty("exampath.image");
        assumeTrue(where != null && !where.isBlank(), "no -Dexampath.image: the app image is not built");
        image = Path.of(where).toAbsolutePath();
        jar = Path.of(System.getProperty("exampath.jar", "target/exampath.jar")).toAbsolutePath();
        try (Stream<Path> files = Files.walk(image)) {
            launcher = files.filter(p -> p.endsWith(Path.of("bin", "ExamPath")) || p.endsWith(Path.of("MacOS", "ExamPath"))
                    || p.getFileName().toString().equals("ExamPath.exe")).findFirst().orElseThrow();
        }
    }

    private Run run(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".bin");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }

    private Run image(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private List<Path> sharedCaseExams() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> exams = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestKnowledge.resource("shared-cases"))) {
            for (Path f : files.sorted().toList()) {
                Path exam = dir.resolve(f.getFileName());
                json.writeValue(exam.toFile(), json.readTree(f.toFile()).get("exam"));
                exams.add(exam);
            }
        }
        return exams;
    }

    @Test
    void evaluateOnEverySharedCaseGivesTheJarsBytes() throws Exception {
        List<Path> exams = sharedCaseExams();
        assertFalse(exams.isEmpty());
        for (Path exam : exams) {
            Run fromImage = image("evaluate", exam.toString());
            Run fromJar = jar("evaluate", exam.toString());
            assertEquals(0, fromImage.code(), exam + ": " + fromImage.err());
            assertEquals(0, fromJar.code(), exam + ": " + fromJar.err());
            assertTrue(fromImage.out().length > 0, exam.toString());
            assertArrayEquals(fromJar.out(), fromImage.out(), exam.toString());
        }
    }

    @Test
    void badInputGetsTheSameOneLineMessageAndExitCode() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"exam/1\", \"nonsense\": 1}");
        Run fromImage = image("evaluate", bad.toString());
        Run fromJar = jar("evaluate", bad.toString());
        assertEquals(2, fromImage.code());
        assertEquals(fromJar.err(), fromImage.err());
        assertEquals(0, fromImage.out().length);
    }

    @Test
    void theStoreAndTheNoteWorkFromTheImage() throws Exception {
        Path db = dir.resolve("store.db");
        Path exam = sharedCaseExams().get(0);
        Run imported = image("import", exam.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("1\n", new String(imported.out(), StandardCharsets.UTF_8).replace("\r", ""));
        Path note = dir.resolve("note.pdf");
        Run report = image("report", "1", "--out", note.toString(), "--db", db.toString());
        assertEquals(0, report.code(), report.err());
        byte[] pdf = Files.readAllBytes(note);
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    }

    @Test
    void theImageHoldsNoDatabase() throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().matches(".*\\.db(-wal|-shm|\\.bak)?")).toList());
        }
    }
}
