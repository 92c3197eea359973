package org.exampath.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
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
 * Review 38, finding 4: {@code report FILE} of an exam file that records no visit date dates the visit, and a negative
 * red-flag screen, with the day the note is printed ("Date 2026-11-29"), a date nobody entered. {@code report ID} of
 * the same file imported says "Visit date not recorded" (review 29, finding 3).
 */
class Review38ReportFileUndatedTest {
    @TempDir
    Path dir;

    @Test
    void theNoteOfAFileWithNoVisitDateDoesNotDateTheVisitOrTheScreenToday() throws Exception {
        Exam exam = Exam.empty();
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            exam = exam.with(d.id(), FindingValue.Flag.NO);
        }
        exam = exam.withPatient(new Patient(40, Sex.MALE)).withSide(Side.LEFT);
        exam = exam.withRecord(exam.record().withClinician("Dr Kemi Adeyemi"));
        assertEquals(null, exam.record().date(), "precondition: the file records no visit date");
        Path file = dir.resolve("visit.json");
        Files.write(file, new ExamWriter().write(exam));
        String today = java.time.LocalDate.now(java.time.ZoneId.systemDefault()).toString();

        Path note = dir.resolve("note.pdf");
        CommandRun report = CommandRun.of("report", file.toString(), "--out", note.toString());
        assertEquals(0, report.code(), report.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Red-flag screen complete, negative"), "precondition: the screen is complete: " + text);
        String shown = text;
        assertAll(
                () -> assertFalse(shown.contains("Date " + today),
                        "the note gives today, the day it was printed, as the visit's date, signed by Dr Kemi Adeyemi: " + shown),
                () -> assertFalse(shown.contains("negative (" + today + ")"),
                        "the note says the screen was negative today, a date no one recorded: " + shown));
    }
}
