package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.exampath.reasoning.Assessment;
import org.junit.jupiter.api.Test;

/**
 * A case-control LR counts after the loader's square-root shrinkage (evidence §5.3): Cacchio 2012 (§2.3) gives the
 * modified bent-knee stretch LR+ 10.2, and 3.19 counts. The note and the summary quote the figure that counted with the
 * published one beside it, "LR 3.19, shrunk from the published 10.2", so a reader who looks the study up (the legend
 * calls V-P "checked against the study itself") can trace it; the note's legend says what shrunk and capped mean
 * (review 30, finding 9).
 */
class PublishedLrOnNoteTest {
    private static final NoteContext CONTEXT = new NoteContext("P-30", "2026-11-28", "", "v", List.of());

    @Test
    void aShrunkLikelihoodRatioOnTheNoteSaysSoOrGivesThePublishedFigure() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Exam exam = new ExamReader(TestKnowledge.SHIPPED).read(json.writeValueAsBytes(json.readTree(Files.readAllBytes(
                TestKnowledge.resource("shared-cases/proximal-hamstring-runner.json"))).get("exam")));
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, CONTEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, a, CONTEXT, out);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String text : new String[] {soap, pdf}) {
            assertTrue(text.contains("LR 3.19"), text);
            assertTrue(text.contains("10.2") || text.contains("shrunk"), text);
            assertTrue(text.contains("LR 3.19, shrunk from the published 10.2 (") || text.contains("LR 3.19, shrunk from the published 10.2;"),
                    text);
        }
        assertTrue(pdf.contains("An LR shrunk from the published figure comes from a case-control"), "the legend says so: " + pdf);
        assertTrue(!soap.contains("published 10 ") && !pdf.contains("published 10 "), "the published figure is not rounded");
    }

    @Test
    void aCappedLikelihoodRatioGivesThePublishedFigure() {
        // Suri 2010: a wide-based gait, LR+ 13; the family cap holds it at 10
        Exam exam = Exams.of().patient(72, Sex.MALE).yes("history.region.deep_mid_buttock", "observation.gait_wide_based").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, CONTEXT);
        assertTrue(soap.contains("(LR 10, capped from the published 13; Suri"), soap);
    }
}
