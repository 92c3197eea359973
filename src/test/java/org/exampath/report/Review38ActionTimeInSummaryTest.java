package org.exampath.report;

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
 * Review 38, finding 7: a red-flag action whose recorder is not known (a row kept without a clinician) is timed on the
 * PDF ("Action taken (2026-11-26 10:20): …") but given with no time at all in the copied summary ("Done: …").
 */
class Review38ActionTimeInSummaryTest {
    @Test
    void theSummaryGivesAnActionsTimeAsThePdfDoesWhenItsRecorderIsNotKnown() throws Exception {
        Exam exam = Exams.of().yes("redflag.saddle_anaesthesia").exam();
        NoteContext context = new NoteContext("P-1", "2026-11-26", "Anna Physio", TestKnowledge.SHIPPED.version(),
                List.of(new NoteContext.FlagAction("cauda_equina", "Sent to the emergency department for MRI", "2026-11-26 10:20",
                        null, "emergency")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam), context, out);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(pdf.contains("Action taken (2026-11-26 10:20): Sent to the emergency department for MRI"),
                "precondition: the PDF times the action: " + pdf);
        String summary = new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam), context);
        assertTrue(summary.contains("2026-11-26 10:20"), "the summary says the emergency referral was done but not when,"
                + " where the PDF says 10:20: " + summary);
    }
}
