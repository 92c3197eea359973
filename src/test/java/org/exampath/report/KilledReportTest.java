package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.exampath.ChildJava;
import org.exampath.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 (10): a report killed with -9 leaves a hidden temporary file; the next run removes it, and only it. */
class KilledReportTest {
    @TempDir
    Path dir;

    private List<String> hidden() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void theNextReportRemovesWhatAKilledOneLeftAndNothingElse() throws Exception {
        Path note = dir.resolve("note.pdf");
        Process child = new ProcessBuilder(ChildJava.command(StalledWriter.class.getName(), note.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine());
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, hidden().size(), "the killed writer left its temporary file: " + hidden());
        Path legacy = Files.writeString(dir.resolve(".exampath-note-4242.pdf"), "%PDF- from an older version");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path live = Files.writeString(dir.resolve(".exampath-out-" + ProcessHandle.current().pid() + "-7.tmp"), "in use");
        Files.writeString(dir.resolve(".exampath-notes-of-someone"), "not ours");

        Path exam = dir.resolve("exam.json");
        Files.writeString(exam, "{\"format\": \"exam/1\", \"findings\": {}}");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = new Commands(new java.io.ByteArrayInputStream(new byte[0]), System.out, new java.io.PrintStream(err, true,
                StandardCharsets.UTF_8)).run("report", exam.toString(), "--out", note.toString(), "--db", dir.resolve("none.db").toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(".exampath-notes-of-someone", live.getFileName().toString()), hidden());
        assertTrue(Files.readString(note, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }
}
