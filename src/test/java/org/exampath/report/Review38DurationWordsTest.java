package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;

/**
 * Review 38, finding 5: a pain of a few days (typed "3 days", stored as 0 whole weeks) is "under a week" on the PDF but
 * "Duration 0 weeks" in the copied summary, and a pain of one week is "1 weeks" there.
 */
class Review38DurationWordsTest {
    private static final NoteContext CONTEXT = new NoteContext("P-1", "2026-11-12", "Anna Physio",
            TestKnowledge.SHIPPED.version(), List.of());

    @Test
    void theSummaryStatesAShortDurationAsThePdfDoes() throws Exception {
        Exam days = Exams.of().count("history.duration_weeks", 0).exam();
        Exam week = Exams.of().count("history.duration_weeks", 1).exam();
        assertTrue(pdf(days).contains("Duration: under a week"), "precondition: the PDF says under a week: " + pdf(days));
        String shortSummary = summary(days);
        String weekSummary = summary(week);
        assertAll(
                () -> assertFalse(shortSummary.contains("0 weeks"),
                        "the summary calls a pain of days 'Duration 0 weeks', where the PDF says 'under a week': " + shortSummary),
                () -> assertFalse(weekSummary.contains("1 weeks"),
                        "the summary says 'duration 1 weeks', where the PDF says '1 week': " + weekSummary));
    }

    private static String summary(Exam exam) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam), CONTEXT);
    }

    private static String pdf(Exam exam) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam), CONTEXT, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
