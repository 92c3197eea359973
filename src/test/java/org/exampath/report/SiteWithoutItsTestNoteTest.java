package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.exchange.AssessmentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a test hurt, or its angle, belongs to the test: an exam (a file, an import) that holds FABER's site or the
 * straight-leg raise's angle without the test itself is reported as if neither were recorded, in the copied summary
 * and in the note, so no reader sees a test that was never done; the assessment (what evaluate writes) ignores them. (Review 34, §3.)
 */
class SiteWithoutItsTestNoteTest {
    @TempDir
    Path dir;

    @Test
    void aSiteOrAngleWithoutItsTestIsInNeitherTheSummaryNorTheNote() throws Exception {
        Exam orphans = Exams.of().yes("history.region.deep_mid_buttock").is("provocation.faber_site", "groin")
                .count("nerve.slr_angle", 40).exam();
        for (String text : List.of(soap(orphans), note(orphans))) {
            assertFalse(text.contains("groin"), "FABER was not tested, so where it hurt is not reported: " + text);
            assertFalse(text.contains("SLR angle"), "the straight-leg raise was not tested, so its angle is not reported: " + text);
        }
    }

    @Test
    void evaluateGivesTheSameAssessmentWithOrWithoutASiteWhoseTestWasNotDone() {
        Exams base = Exams.of().yes("history.region.deep_mid_buttock").is("provocation.fadir", "negative");
        Exam orphans = base.is("provocation.faber_site", "groin").count("nerve.slr_angle", 40).exam();
        Exam without = Exams.of().yes("history.region.deep_mid_buttock").is("provocation.fadir", "negative").exam();
        AssessmentWriter writer = new AssessmentWriter();
        assertEquals(new String(writer.write(TestKnowledge.ENGINE.assess(without)), StandardCharsets.UTF_8),
                new String(writer.write(TestKnowledge.ENGINE.assess(orphans)), StandardCharsets.UTF_8),
                "a site or angle without its test moves nothing in the assessment evaluate writes");
    }

    @Test
    void aSiteWithItsTestPositiveIsReported() throws Exception {
        Exam done = Exams.of().yes("history.region.deep_mid_buttock").is("provocation.faber", "positive")
                .is("provocation.faber_site", "groin").is("nerve.slr", "positive").count("nerve.slr_angle", 40).exam();
        for (String text : List.of(soap(done), note(done))) {
            assertTrue(text.contains("groin"), "sanity: with FABER recorded, where it hurt is reported: " + text);
            assertTrue(text.contains("SLR angle"), "sanity: with the SLR recorded, its angle is reported: " + text);
        }
    }

    private String note(Exam exam) throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-3", "2026-11-29", "", TestKnowledge.SHIPPED.version(), List.of()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String soap(Exam exam) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-3", "2026-11-29", "", "v", List.of()));
    }
}
