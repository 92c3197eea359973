package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinician's own words reach the PDF note as typed, with ordinary white space intact, and nothing
 * stands in for words they did not write.
 */
class ClinicianOwnWordsOnNoteTest {
    @TempDir
    Path dir;

    private String noteText(Exam exam) throws Exception {
        Path pdf = dir.resolve("note.pdf");
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-0142", "2026-11-26", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void windowsLineBreaksAndTabsInTheAssessmentPrintWithoutReplacementMarks() throws Exception {
        // an exam file written on Windows, or text pasted from a spreadsheet, carries CR LF and tabs
        Exam exam = Exam.empty().with("nerve.slump", new FindingValue.Choice("positive"))
                .withRecord(ExamRecord.NONE.withAssessment("Line one\r\nLine two\tafter a tab").withPlan("Review\r\nin two weeks"));

        String text = noteText(exam);

        assertTrue(text.contains("Line one"), text);
        assertTrue(text.contains("Line two"), text);
        assertFalse(text.contains(Glyphs.MARK),
                "CR and tab are white space the clinician typed, not unprintable characters: " + text);
        assertTrue(text.contains("Line two after a tab"), "a tab prints as a space: " + text);
        assertTrue(text.contains("Plan: Review\nin two weeks"), "CR LF breaks the line: " + text);
    }

    @Test
    void aLoneCarriageReturnBreaksTheLine() throws Exception {
        Exam exam = Exam.empty().withRecord(ExamRecord.NONE.withAssessment("First thought\rSecond thought"));

        String text = noteText(exam);

        assertTrue(text.contains("Assessment: First thought\nSecond thought"), text);
        assertFalse(text.contains(Glyphs.MARK), text);
    }

    @Test
    void aBlankAssessmentAndPlanPrintNoClinicianSection() throws Exception {
        Exam exam = Exam.empty().with("nerve.slump", new FindingValue.Choice("negative"))
                .withRecord(ExamRecord.NONE.withAssessment("").withPlan(" \t\r\n "));

        String text = noteText(exam);

        assertFalse(text.contains("Clinician's assessment and plan"), "the clinician wrote nothing: " + text);
        assertFalse(text.contains("Assessment:"), text);
        assertFalse(text.contains("Plan:"), text);
    }

    @Test
    void aBlankPlanBesideARealAssessmentPrintsOnlyTheAssessment() throws Exception {
        Exam exam = Exam.empty().withRecord(ExamRecord.NONE.withAssessment("Likely gluteal tendinopathy").withPlan(""));

        String text = noteText(exam);

        assertTrue(text.contains("Assessment: Likely gluteal tendinopathy"), text);
        assertFalse(text.contains("Plan:"), text);
    }
}
