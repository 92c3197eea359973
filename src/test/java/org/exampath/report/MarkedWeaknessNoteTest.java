package org.exampath.report;

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

/** The note names a recorded foot drop (review 35, finding 7) and the urgent deficit flag it raises; a "no" is not listed. */
class MarkedWeaknessNoteTest {
    @TempDir
    Path dir;

    private String note(Exam exam) throws Exception {
        Path pdf = dir.resolve("note.pdf");
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-9", "2026-11-29", "", TestKnowledge.SHIPPED.version(), List.of()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoteNamesTheFootDropAndTheUrgentFlag() throws Exception {
        String text = note(Exams.of().yes("history.region.below_knee").is("neuro.myotome.L4", "weak")
                .yes("neuro.marked_weakness").no("redflag.progressive_weakness").exam());
        assertTrue(text.contains("URGENT: Progressive or severe neurological deficit"), text);
        assertTrue(text.contains("such as a foot drop): yes"), text);
    }

    @Test
    void aMarkedWeaknessAnsweredNoIsNotListed() throws Exception {
        String text = note(Exams.of().yes("history.region.below_knee").is("neuro.myotome.L4", "weak")
                .no("neuro.marked_weakness", "redflag.progressive_weakness").exam());
        assertFalse(text.contains("such as a foot drop): yes"), text);
        assertFalse(text.contains("Progressive or severe neurological deficit"), text);
    }
}
