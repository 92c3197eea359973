package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertAll;
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
 * Review 38, finding 2: where a negative FABER hurt (groin) and the angle of a negative SLR are listed by name, while
 * the tests they belong to are only counted among "other tests … negative", so the record reads "FABER: where it hurt
 * groin" with nothing to say FABER was negative.
 */
class Review38SiteWithoutItsResultTest {
    @Test
    void aSiteOrAngleIsNeverListedWithoutTheResultOfTheTestItBelongsTo() throws Exception {
        Exam exam = Exams.of().yes("history.region.deep_mid_buttock").is("provocation.faber", "negative")
                .is("provocation.faber_site", "groin").is("nerve.slr", "negative").count("nerve.slr_angle", 60).exam();
        NoteContext context = new NoteContext("P-1", "2026-11-12", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of());
        String summary = new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam), context);
        String pdf = pdf(exam, context);
        assertTrue(summary.contains("FABER: where it hurt groin") && pdf.contains("FABER: where it hurt: groin"),
                "precondition: the site is listed: " + summary + "\n" + pdf);
        assertAll(
                () -> assertTrue(summary.contains("FABER negative"),
                        "the summary gives where FABER hurt but not that FABER was negative: " + summary),
                () -> assertTrue(pdf.contains("FABER: negative"),
                        "the PDF lists where FABER hurt by name but only counts FABER among the negatives: " + pdf),
                () -> assertTrue(summary.contains("straight-leg raise negative"),
                        "the summary gives the SLR angle at symptom onset but not that the SLR was negative: " + summary));
    }

    private static String pdf(Exam exam, NoteContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam), context, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            return text.substring(text.indexOf("Findings recorded"));
        }
    }
}
