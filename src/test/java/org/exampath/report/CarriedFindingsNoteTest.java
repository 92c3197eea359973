package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

/**
 * A follow-up's note tells the findings carried over from the last visit apart from those found today, in the summary
 * and in the PDF: listed ones under where they came from, counted negatives said to be carried, and a duration moved
 * forward with its value then. A first visit's note is unchanged.
 */
class CarriedFindingsNoteTest {
    private static final Exam LAST = Exams.of().count("history.duration_weeks", 2).yes("history.quality.deep_ache")
            .is("palpation.piriformis", "familiar").is("nerve.slump", "negative").exam();
    private static final Exam TODAY = Exams.of().count("history.duration_weeks", 8).yes("history.quality.deep_ache")
            .yes("history.quality.numbness").is("palpation.piriformis", "familiar").is("nerve.slump", "negative")
            .is("nerve.slr", "negative").exam();
    private static final CarriedFindings CARRIED = new CarriedFindings(Set.of("history.duration_weeks",
            "history.quality.deep_ache", "palpation.piriformis", "nerve.slump"), "2026-10-01", "Dr Kemi Adeyemi");

    private static NoteContext context(CarriedFindings carried) {
        return new NoteContext("P-1", "2026-11-12", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of(), LAST, List.of(),
                false, carried);
    }

    private static String summary(CarriedFindings carried) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(TODAY, TestKnowledge.ENGINE.assess(TODAY, LAST), context(carried));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(no line " + start + ")");
    }

    @Test
    void theSummaryListsCarriedFindingsApartWithWhereTheyCameFrom() {
        String text = summary(CARRIED);
        assertEquals("S: History: described as numbness. Carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi, not"
                + " re-examined: History: described as deep ache. Duration 8 weeks. Duration (weeks) was 2 at that visit, moved"
                + " forward by the time since. Red-flag screen not complete (0 of 25 asked).", line(text, "S: "));
        assertEquals("O: Nerve-bias tests: straight-leg raise negative. Carried over from the visit of 2026-10-01, by Dr Kemi"
                + " Adeyemi, not re-examined: Palpation: piriformis tender, reproducing the familiar pain.", line(text, "O: "));
        assertTrue(line(text, "A: ").contains("piriformis tender, reproducing the familiar pain (LR 2.5; Hopayian K et al 2010,"
                + " estimate; carried over, not re-examined) and numbness (LR 2.0; Timmerman H et al 2017, estimate)"), text);
    }

    @Test
    void aNoteWithNothingCarriedOverReadsAsBefore() {
        String none = summary(CarriedFindings.NONE);
        assertEquals(none, new SoapSummary(TestKnowledge.SHIPPED).text(TODAY, TestKnowledge.ENGINE.assess(TODAY, LAST),
                new NoteContext("P-1", "2026-11-12", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of(), LAST, List.of(), false)));
        assertTrue(!none.contains("carried") && !none.contains("Carried"), none);
        assertTrue(line(none, "O: ").startsWith("O: Palpation: piriformis tender, reproducing the familiar pain."), none);
    }

    @Test
    void thePdfMarksEachCarriedLineInItsStepAndSaysWhichCountedNegativesWereCarried() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(TODAY, TestKnowledge.ENGINE.assess(TODAY, LAST), context(CARRIED), out);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String mark = "(carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi; not re-examined";
        assertTrue(text.contains("• Deep ache: yes " + mark + ") • Numbness: yes • Duration: 8 weeks " + mark
                + "; 2 at that visit, moved forward by the time since)"), text);
        assertTrue(text.contains("• Piriformis: familiar pain " + mark + ")"), text);
        assertTrue(text.contains("• Straight-leg raise: negative • 1 other test done, negative or normal; 9 not tested. It was"
                + " carried over from the last visit, not re-examined."), text);
        assertTrue(text.contains("• Piriformis: familiar pain: LR 2.5 (Hopayian K et al 2010, estimate; carried over, not re-examined)"),
                "a diagnosis's mover that is carried says so: " + text);
    }
}
