package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15 (6): any label prints. Characters the embedded font lacks become a visible marker, never
 * a crash; a long label wraps in the header, and every page still shows its page number in the footer.
 */
class NoteLabelsTest {
    private static final String LONG = "Patient with a rather long identifier " + "x".repeat(60) + " and more words to wrap";

    private static PDDocument note(String label) throws Exception {
        Exam exam = Exams.of().yes("redflag.cancer_history").exam();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext(label, "2026-11-27", label, TestKnowledge.SHIPPED.version(),
                        List.of(new NoteContext.FlagAction("malignancy", "Referred, " + label, "2026-11-27 10:00"))), pdf);
        return Loader.loadPDF(pdf.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"王小明 Wang", "김민준 Kim", "राम शर्मा Ram", "Emoji 😀👍🏽 Joy", "Tab\there", "Bell\u0007and\u001b[31m red"})
    void aLabelInAnyScriptPrintsWithAMarkerForWhatTheFontLacks(String label) throws Exception {
        try (PDDocument doc = note(label)) {
            String text = new PDFTextStripper().getText(doc);
            String latin = label.replaceAll("[^A-Za-z ]", " ").trim().split(" +")[0];
            assertTrue(text.contains("Patient "), text);
            assertTrue(text.contains(latin), "the part the font has is kept: " + latin);
            assertTrue(text.contains("\uFFFD") || label.chars().allMatch(c -> c < 0x80 && c >= 0x20), "a visible marker");
            assertPageNumbersInsideEveryFooter(doc);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120, 200})
    void aLongLabelWrapsInTheHeaderAndKeepsThePageNumber(int length) throws Exception {
        String label = (LONG + " " + "王".repeat(200)).substring(0, length);
        try (PDDocument doc = note(label)) {
            assertPageNumbersInsideEveryFooter(doc);
            String unbroken = "x".repeat(40);
            assertTrue(new PDFTextStripper().getText(doc).replace("\n", "").contains(unbroken), "the label's text is all there");
        }
        String solid = "W".repeat(length);
        try (PDDocument doc = note(solid)) {
            assertPageNumbersInsideEveryFooter(doc);
        }
    }

    /** "page i of n" read from inside the page's own bottom strip, so text pushed past the edge does not count. */
    private static void assertPageNumbersInsideEveryFooter(PDDocument doc) throws Exception {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            PDFTextStripperByArea strip = new PDFTextStripperByArea();
            strip.addRegion("footer", new Rectangle2D.Float(0, h - 45, w, 45));
            strip.extractRegions(page);
            String footer = strip.getTextForRegion("footer").replaceAll("\\s+", " ").trim();
            assertTrue(footer.endsWith("page " + (i + 1) + " of " + n), "page " + (i + 1) + " footer: " + footer);
            assertEquals(1, footer.lines().count());
        }
    }
}
