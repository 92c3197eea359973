package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The SIJ provocation count against Laslett's two published rules (evidence §1.1 H7, §2): at least 3 of 6
 * positive, or 2 of the best 4 (distraction, thigh thrust, compression, sacral thrust). A count of 2 of the
 * five catalogue tests meets the second rule unless Gaenslen is one of the two, so on its own it is neither
 * positive nor negative; 0 or 1 is below both rules.
 */
class SijClusterCountTest {
    private static double sijLr(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).hypotheses().stream()
                .filter(h -> h.id().equals("sacroiliac_joint")).findFirst().orElseThrow().combinedLr();
    }

    @Test
    void threeOrMorePositiveLiftsIt() {
        assertEquals(4.3, sijLr(Exams.of().count("provocation.sij_cluster_positive", 3)), 1e-12);
        assertEquals(4.3, sijLr(Exams.of().count("provocation.sij_cluster_positive", 5)), 1e-12);
    }

    @Test
    void noneOrOnePositiveLowersItByTheValidatedClustersFigure() {
        assertEquals(0.08, sijLr(Exams.of().count("provocation.sij_cluster_positive", 0)), 1e-12);
        assertEquals(0.08, sijLr(Exams.of().count("provocation.sij_cluster_positive", 1)), 1e-12);
    }

    @Test
    void twoPositiveIsNeutralUntilCentralisationIsKnown() {
        assertEquals(1.0, sijLr(Exams.of().count("provocation.sij_cluster_positive", 2)), 1e-12);
    }

    @Test
    void twoPositiveInSomeoneWhosePainDoesNotCentraliseStaysNeutral() {
        // Laslett 2003's LR- 0.11 lumps 0, 1 and 2 positive, but two positive can meet Laslett 2005's 2-of-the-best-4
        // rule from the same cohort, so the negative row applies to at most one positive (knowledge 2026.11.29)
        assertEquals(1.0, sijLr(Exams.of().count("provocation.sij_cluster_positive", 2)
                .is("provocation.lumbar_repeated_movement", "no_effect")), 1e-12);
        // one positive: both negative rules hold and the stronger, Laslett 2005's 0.08, counts
        assertEquals(0.08, sijLr(Exams.of().count("provocation.sij_cluster_positive", 1)
                .is("provocation.lumbar_repeated_movement", "no_effect")), 1e-12);
    }
}
