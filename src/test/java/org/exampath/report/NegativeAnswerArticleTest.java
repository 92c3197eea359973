package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * A finding whose label starts with an article, answered no, reads as English in the copied summary: "no gap or step
 * below the sitting bone", not "no a gap or step …" (also the sudden pop and the lump or mass; review 30, finding 10).
 * The labels stay as the catalogue words them.
 */
class NegativeAnswerArticleTest {
    @Test
    void aNegativeAnswerToALabelWithAnArticleReadsAsEnglish() {
        Exam exam = Exams.of().patient(30, Sex.MALE).yes("history.region.lower_medial_buttock")
                .is("history.onset", "sudden_injury")
                .no("redflag.hamstring_pop", "observation.posterior_thigh_bruising", "observation.hamstring_gap",
                        "observation.soft_tissue_mass").exam();
        String soap = new SoapSummary(TestKnowledge.SHIPPED).text(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-30", "2026-11-28", "", "v", List.of()));
        assertFalse(soap.matches("(?s).*\\bno an? .*"), soap);
        assertTrue(soap.contains("no sudden pop or tearing at the back of the thigh"), soap);
        assertTrue(soap.contains("no gap or step below the sitting bone"), soap);
    }
}
