package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 5: a setting-aside pattern (I5, widespread tenderness: palpation set aside) is matched against the
 * finding a row is filed under only, so the gluteal tendinopathy cluster filed under resisted abduction still counts
 * its LR of 16.7 on greater-trochanter tenderness the same assessment calls uninformative.
 */
class Review39SetAsideClusterTest {
    @Test
    void aRowRestingOnSetAsidePalpationDoesNotCount() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(45, Sex.FEMALE)
                .is("palpation.greater_trochanter", "familiar").is("palpation.piriformis", "tender")
                .is("palpation.ischial_tuberosity", "tender").is("palpation.sacroiliac", "tender")
                .strength("strength.hip_abduction", 5, "familiar").exam());
        assertTrue(a.inconsistencies().stream().anyMatch(i -> i.id().equals("I5")), "widespread tenderness holds");
        HypothesisResult gt = a.hypotheses().stream().filter(h -> h.id().equals("gluteal_tendinopathy")).findFirst()
                .orElseThrow();
        List<String> resting = gt.contributions().stream().filter(e -> e.findings().stream()
                .anyMatch(f -> f.startsWith("palpation."))).map(e -> e.finding() + " " + e.findings() + " LR " + e.lr()).toList();
        assertTrue(resting.isEmpty(), "palpation is set aside as uninformative (I5), yet gluteal tendinopathy ("
                + gt.probability() + ") counts rows resting on it: " + resting + "; set aside: "
                + gt.setAside().stream().map(s -> s.finding() + ": " + s.reason()).toList());
    }
}
