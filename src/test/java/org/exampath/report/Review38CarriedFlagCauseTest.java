package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 38, finding 3: at a follow-up, a red flag raised by findings carried over from the last visit is "Raised by"
 * them on the PDF as if found today, while the copied summary marks each "(carried over)"; and the PDF's body chart
 * gives a carried-over region as "Pain marked" at this visit.
 */
class Review38CarriedFlagCauseTest {
    private static final String[] CARRIED = {"history.morning_stiffness_over_30min", "history.better_with_exercise",
        "history.not_better_with_rest", "history.wakes_second_half_night", "history.region.deep_mid_buttock"};

    @Test
    void thePdfSaysAFlagRaisedByCarriedOverFindingsStandsOnCarriedOverFindings() throws Exception {
        Exam last = Exams.of().patient(30, Sex.MALE).yes(CARRIED).exam();
        Exam today = Exams.of().patient(30, Sex.MALE).yes(CARRIED).is("provocation.faber", "positive").exam();
        NoteContext context = new NoteContext("P-1", "2026-11-12", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of(),
                last, List.of(), false, new CarriedFindings(Set.of(CARRIED), "2026-10-01", "Dr Kemi Adeyemi"));
        String summary = new SoapSummary(TestKnowledge.SHIPPED).text(today, TestKnowledge.ENGINE.assess(today, last), context);
        assertTrue(summary.contains("SOON: possible inflammatory back pain (axial spondyloarthritis) (better with exercise (carried over)"),
                "precondition: the summary's flag stands on findings it marks carried over: " + summary);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(today, TestKnowledge.ENGINE.assess(today, last), context, out);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        int from = text.indexOf("Raised by");
        assertTrue(from >= 0 && text.indexOf("Action taken", from) > from, "precondition: the PDF gives the flag's cause: " + text);
        String cause = text.substring(from, text.indexOf("Action taken", from));
        int chart = text.indexOf("Pain marked (shaded red):");
        String caption = text.substring(chart, text.indexOf("Palpation sites", chart));
        assertAll(
                () -> assertTrue(cause.contains("carried over"), "the PDF's flag cause reads as found today, signed by Anna Physio,"
                        + " though every finding in it was carried over from Dr Kemi Adeyemi's visit of 2026-10-01 (the summary says"
                        + " so): " + cause),
                () -> assertTrue(caption.contains("carried over"), "the PDF's body chart gives a region carried over, not asked"
                        + " today, as pain marked at this visit: " + caption));
    }
}
