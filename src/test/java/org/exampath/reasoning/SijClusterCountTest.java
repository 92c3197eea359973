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
    void twoPositiveInSomeoneWhosePainDoesNotCentraliseIsBelowLaslett2003sRule() {
        // Laslett 2003: at least 3 of these 5 tests in people whose pain does not centralise; LR- 0.11.
        assertEquals(0.11, sijLr(Exams.of().count("provocation.sij_cluster_positive", 2)
                .is("provocation.lumbar_repeated_movement", "no_effect")), 1e-12);
    }
}
