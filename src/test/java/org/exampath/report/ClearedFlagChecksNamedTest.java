package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.junit.jupiter.api.Test;

/**
 * After a sudden hamstring injury the clinician looks for bruising at the back of the thigh and feels for a gap below
 * the sitting bone, finds neither, and so the avulsion flag is not raised. Those two checks are the visit's pertinent
 * negatives: the summary and the PDF name them rather than counting them as "2 physical tests recorded, all negative"
 * (review 30, finding 7). A check that could not have raised a flag whatever it said stays counted.
 */
class ClearedFlagChecksNamedTest {
    @Test
    void theChecksThatClearedAnAvulsionFlagAreNamedInTheSummary() {
        Exam exam = Exams.of().patient(30, Sex.MALE).yes("history.region.lower_medial_buttock", "history.region.posterior_thigh")
                .is("history.onset", "sudden_injury")
                .no("observation.posterior_thigh_bruising", "observation.hamstring_gap").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertTrue(a.redFlags().stream().noneMatch(f -> f.id().equals("hamstring_avulsion")), a.redFlags().toString());
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, new NoteContext("P-30", "2026-11-28", "", "v", List.of()));
        String objective = soap.lines().filter(l -> l.startsWith("O: ")).findFirst().orElseThrow();
        assertTrue(objective.contains("bruising") && objective.contains("gap"), objective);
    }

    @Test
    void theChecksThatClearedAnAvulsionFlagAreNamedOnThePdf() throws Exception {
        Exam exam = Exams.of().patient(30, Sex.MALE).yes("history.region.lower_medial_buttock", "history.region.posterior_thigh")
                .is("history.onset", "sudden_injury")
                .no("observation.posterior_thigh_bruising", "observation.hamstring_gap").exam();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-30", "2026-11-28", "", "v", List.of()), out);
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String bruising = TestKnowledge.SHIPPED.finding("observation.posterior_thigh_bruising").orElseThrow().label();
        String gap = TestKnowledge.SHIPPED.finding("observation.hamstring_gap").orElseThrow().label();
        assertTrue(pdf.contains(bruising + ": no") && pdf.contains(gap + ": no"), pdf);
    }

    @Test
    void aCheckThatCouldNotHaveRaisedAFlagIsStillCounted() {
        // the same checks without a sudden injury: no level of the avulsion flag could hold, whatever they said
        Exam exam = Exams.of().patient(30, Sex.MALE).yes("history.region.lower_medial_buttock")
                .is("history.onset", "gradual_no_cause")
                .no("observation.posterior_thigh_bruising", "observation.hamstring_gap").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, new NoteContext("P-30", "2026-11-28", "", "v", List.of()));
        String objective = soap.lines().filter(l -> l.startsWith("O: ")).findFirst().orElseThrow();
        assertTrue(!objective.contains("bruising") && !objective.contains("gap"), objective);
    }

    @Test
    void normalFootPulsesWithWalkingPainAreNamed() {
        // walking pain eased by standing still, no vascular risk factor and normal pulses: the vascular flag is cleared
        Exam exam = Exams.of().patient(60, Sex.MALE).yes("history.region.deep_mid_buttock", "history.aggravator.walking_distance")
                .no("redflag.vascular_risk_factors").is("observation.pedal_pulses", "normal").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertTrue(a.redFlags().stream().noneMatch(f -> f.id().equals("vascular_claudication")), a.redFlags().toString());
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, new NoteContext("P-30", "2026-11-28", "", "v", List.of()));
        String objective = soap.lines().filter(l -> l.startsWith("O: ")).findFirst().orElseThrow();
        assertTrue(objective.contains("foot pulses"), objective);
    }
}
