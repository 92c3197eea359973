package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.junit.jupiter.api.Test;

/**
 * At a follow-up the L5 myotome is weak where it was normal, and the patient answers no to "weakness that is getting
 * worse". The progression rightly raises the progressive deficit flag as derived, and the engine keeps the "no" as
 * entered. The note names what grew worse and says the flag was raised by that change: never by the clinician's "no",
 * and never by the inferred "yes" as if it had been entered (review 30, finding 5).
 */
class DerivedFlagCauseOnNoteTest {
    @Test
    void aDerivedFlagIsNeverSaidToBeRaisedByAnAnswerOfNo() throws Exception {
        Exam previous = Exam.empty().with("history.region.deep_mid_buttock", FindingValue.Flag.YES)
                .with("neuro.myotome.L5", new FindingValue.Choice("normal"));
        Exam now = previous.with("neuro.myotome.L5", new FindingValue.Choice("weak"))
                .with("redflag.progressive_weakness", FindingValue.Flag.NO);
        Assessment a = TestKnowledge.ENGINE.assess(now, previous);
        RedFlag flag = a.redFlags().get(0);
        assertEquals("progressive_neuro_deficit", flag.id());
        assertTrue(flag.derived());
        NoteContext context = new NoteContext("P-30", "2026-11-28", "", "v", List.of(), previous);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(now, a, context, out);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        int raised = text.indexOf("Raised by");
        String cause = text.substring(raised, text.indexOf('.', raised) + 1);
        assertFalse(cause.endsWith(": no."), cause);
        assertFalse(cause.contains("getting worse: yes"), "the inferred answer is not shown as entered: " + cause);
        assertTrue(text.contains("Myotome L5 (big-toe extension): weak (Myotome L5 (big-toe extension): normal at the last visit)"),
                "what grew worse is named: " + text);
    }
}
