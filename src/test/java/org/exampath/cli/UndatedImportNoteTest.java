package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.exchange.ExamWriter;
import org.exampath.knowledge.FindingDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exam file that records no visit date is stored "undated", so that {@code export} never gives the import day as
 * the visit's date. Nor does {@code report ID}: its note says the visit date was not recorded (giving the day the note
 * was made as such), and never calls the red-flag screen "complete, negative (IMPORT DAY)", a date on which no one
 * asked those questions.
 */
class UndatedImportNoteTest {
    @TempDir
    Path dir;

    @Test
    void theNoteOfAnUndatedImportDoesNotDateTheScreenWithTheImportDay() throws Exception {
        Exam exam = Exam.empty();
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            exam = exam.with(d.id(), FindingValue.Flag.NO);
        }
        exam = exam.withPatient(new Patient(40, Sex.MALE)).withSide(Side.LEFT);
        assertEquals(null, exam.record().date(), "precondition: the file records no visit date");
        Path file = dir.resolve("visit.json");
        Files.write(file, new ExamWriter().write(exam));
        Path db = dir.resolve("exampath.db");

        CommandRun imported = CommandRun.of("import", file.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        String importDay = java.time.LocalDate.now(java.time.ZoneId.systemDefault()).toString();
        String id = imported.out().strip();
        CommandRun exported = CommandRun.of("export", id, "--db", db.toString());
        assertFalse(exported.out().contains(importDay), "precondition: export gives no visit date: " + exported.out());

        Path note = dir.resolve("note.pdf");
        CommandRun report = CommandRun.of("report", id, "--out", note.toString(), "--db", db.toString());
        assertEquals(0, report.code(), report.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Red-flag screen complete, negative"), "precondition: the screen is complete: " + text);
        assertFalse(text.contains("negative (" + importDay + ")"),
                "the note says the screen was negative on the import day, a visit date no one recorded: " + text);
        assertTrue(text.contains("Visit date not recorded (note made " + importDay + ")"), "the note says no date was recorded: " + text);
        assertFalse(text.contains("Date " + importDay), "the import day is not given as the visit's: " + text);
    }
}
