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

/** The note and the copied summary name the upper motor neurone signs, the flag they raise and the cord MRI. */
class UpperMotorNeuroneNoteTest {
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

    private static Exam upgoing() {
        return Exams.of().yes("history.region.posterior_thigh").is("neuro.plantar", "extensor").yes("neuro.clonus")
                .is("neuro.reflex.knee", "normal").exam();
    }

    @Test
    void theNoteNamesTheSignsTheFlagAndTheCordMri() throws Exception {
        String text = note(upgoing());
        assertTrue(text.contains("URGENT: Progressive or severe neurological deficit"), text);
        assertTrue(text.contains("Plantar response (Babinski): extensor"), text);
        assertTrue(text.contains("Sustained ankle clonus: yes"), text);
        assertTrue(text.contains("covers the cord"), "the imaging line asks for a cord MRI: " + text);
    }

    @Test
    void aFlexorPlantarIsANormalAnswerNotAPositive() throws Exception {
        String text = note(Exams.of().yes("history.region.posterior_thigh").is("neuro.plantar", "flexor").no("neuro.clonus").exam());
        assertFalse(text.contains("Plantar response (Babinski): flexor"), "a normal answer is counted, not listed: " + text);
        assertFalse(text.contains("Progressive or severe neurological deficit"), text);
    }

    @Test
    void theCopiedSummaryNamesTheSigns() {
        String text = soap(upgoing());
        String[] lines = text.split("\n");
        assertEquals("O: Neuro screen: sustained ankle clonus and plantar response (Babinski) extensor.", lines[2]);
        assertTrue(lines[3].startsWith("A: URGENT: progressive or severe neurological deficit (sustained ankle clonus and plantar"
                + " response (Babinski) extensor)."), lines[3]);
        assertTrue(lines[4].contains("MRI that covers the spinal cord"), lines[4]);
    }
}
