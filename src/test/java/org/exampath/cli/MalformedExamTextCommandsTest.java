package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the commands: text that is not Unicode, and malformed JSON, are refused in one plain line on standard
 * error with exit code 2, nothing on standard output, and nothing stored or written.
 */
class MalformedExamTextCommandsTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void importOfALabelHoldingALoneSurrogateIsRefusedAndNothingIsStored() throws Exception {
        Path db = dir.resolve("store.db");
        Path good = file("good.json", "{\"format\":\"exam/1\",\"patient\":{\"label\":\"Bea\"},\"findings\":{}}");
        Path bad = file("ann.json", "{\"format\":\"exam/1\",\"patient\":{\"label\":\"Ann \\ud83d\"},\"findings\":{}}");

        CommandRun imported = CommandRun.of("import", good.toString(), bad.toString(), "--db", db.toString());

        assertTrue(imported.refusedInOneLine(), imported.err());
        assertTrue(imported.err().contains("ann.json") && imported.err().contains("patient.label: expected Unicode text"),
                imported.err());
        CommandRun list = CommandRun.of("list", "--db", db.toString());
        assertTrue(list.out().isBlank(), "all or nothing: the good file is not stored either: " + list.out());
    }

    @Test
    void reportOfAnAssessmentHoldingALoneSurrogateWritesNoNote() throws Exception {
        Path exam = file("visit.json", "{\"format\":\"exam/1\",\"encounter\":{\"assessment\":\"pain \\udc00 here\"}}");
        Path pdf = dir.resolve("note.pdf");

        CommandRun report = CommandRun.of("report", exam.toString(), "--out", pdf.toString());

        assertTrue(report.refusedInOneLine(), report.err());
        assertTrue(report.err().contains("encounter.assessment:"), report.err());
        assertFalse(Files.exists(pdf), "no note is written from a refused file");
    }

    @Test
    void evaluateRefusesTrailingContentAndHugeNumbersInPlainWords() throws Exception {
        CommandRun trailing = CommandRun.of("evaluate", file("two.json", "{\"format\":\"exam/1\"} {\"x\":1}").toString());
        CommandRun number = CommandRun.of("evaluate",
                file("big.json", "{\"format\":\"exam/1\",\"findings\":{\"history.nrs_now\":1234567890123456789012345678901234}}").toString());

        assertTrue(trailing.refusedInOneLine(), trailing.err());
        assertTrue(trailing.err().endsWith("two.json: unexpected content after the exam object at line 1, column 21; "
                + "expected the input to end after its closing }\n"), trailing.err());
        assertTrue(number.refusedInOneLine(), number.err());
        assertTrue(number.err().endsWith("findings.history.nrs_now: expected an integer 0..10, found 1234567890123456789012345678901234\n"),
                number.err());
        assertEquals(-1, (trailing.err() + number.err()).indexOf('`'));
    }
}
