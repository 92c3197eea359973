package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note and the copied summary name Freiberg's, Pace's and Beatty's signs in words a reader can follow (the
 * eponym and what was done), as recorded; they are never given as a reason for a diagnosis, since they carry no
 * likelihood ratio.
 */
class PiriformisSignsNoteTest {
    private static final String FREIBERG = "Freiberg's sign (forced internal rotation, hip straight)";
    private static final String PACE = "Pace's sign (resisted abduction and external rotation, seated)";
    private static final String BEATTY = "Beatty's test (side-lying abduction, knee bent)";

    @TempDir
    Path dir;

    private String note(Exam exam) throws Exception {
        Path pdf = dir.resolve("note.pdf");
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-9", "2026-11-28", "", TestKnowledge.SHIPPED.version(), List.of()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String soap(Exam exam) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-9", "2026-11-28", "", "v", List.of()));
    }

    private static Exams piriformis() {
        return Exams.of().yes("history.region.deep_mid_buttock").is("nerve.fair", "positive").is("nerve.freiberg", "positive")
                .is("nerve.pace", "positive");
    }

    @Test
    void theNoteListsThePositiveSignsUnderTheNerveBiasTestsInPlainWords() throws Exception {
        String text = note(piriformis().is("nerve.beatty", "positive").exam());
        String findings = text.substring(text.indexOf("Findings recorded"));
        assertTrue(findings.contains("Nerve-bias tests • FAIR: positive • " + FREIBERG + ": positive • " + PACE + ": positive • "
                + BEATTY + ": positive"), findings);
        String reasons = text.substring(text.indexOf("Working diagnosis"), text.indexOf("Findings recorded"));
        for (String sign : List.of("Freiberg", "Pace's", "Beatty")) {
            assertFalse(reasons.contains(sign), "no likelihood ratio, so never a reason: " + reasons);
        }
    }

    @Test
    void aNegativeSignIsCountedAndAnUntestedOneNeverMentioned() throws Exception {
        String text = note(piriformis().is("nerve.beatty", "negative").exam());
        assertFalse(text.contains("Beatty"), "a negative without weight is counted, not listed: " + text);
        // eleven nerve-bias rows: FAIR, Freiberg and Pace listed, Beatty counted, the other seven not tested
        assertTrue(text.contains("1 other test done, negative or normal; 7 not tested."), text);
        String untested = note(Exams.of().yes("history.region.deep_mid_buttock").is("nerve.fair", "positive").exam());
        assertFalse(untested.contains("Freiberg") || untested.contains("Pace's") || untested.contains("Beatty"), untested);
    }

    @Test
    void theCopiedSummaryNamesTheSignsOnItsObjectiveLine() {
        String[] lines = soap(piriformis().exam()).split("\n");
        assertEquals("O: Nerve-bias tests: FAIR positive; " + FREIBERG + " positive; " + PACE + " positive.", lines[2]);
        assertFalse(lines[3].contains("Freiberg") || lines[3].contains("Pace's"), "not a reason in the assessment: " + lines[3]);
    }
}
