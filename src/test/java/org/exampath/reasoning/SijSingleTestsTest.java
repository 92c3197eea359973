package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The five SIJ provocation tests recorded one by one (Laslett 2005, evidence §2.5): alone, the strongest
 * of the family counts; together, Laslett's rules decide — 2 or more of the best four (distraction, thigh
 * thrust, compression, sacral thrust), 3 or more of the five, and below them once enough were done. Pain that
 * began in pregnancy is an inciting event for the joint, counted once with an onset after a fall or lift.
 */
class SijSingleTestsTest {
    private static final String DISTRACTION = "provocation.sij_distraction";
    private static final String THIGH_THRUST = "provocation.sij_thigh_thrust";
    private static final String COMPRESSION = "provocation.sij_compression";
    private static final String SACRAL_THRUST = "provocation.sij_sacral_thrust";
    private static final String GAENSLEN = "provocation.sij_gaenslen";

    private static HypothesisResult sij(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).hypotheses().stream()
                .filter(h -> h.id().equals("sacroiliac_joint")).findFirst().orElseThrow();
    }

    @Test
    void oneTestAloneCountsItsOwnPublishedFigure() {
        assertEquals(0.17, sij(Exams.of().is(THIGH_THRUST, "negative")).combinedLr(), 1e-12);
        assertEquals(3.2, sij(Exams.of().is(DISTRACTION, "positive")).combinedLr(), 1e-12);
        assertEquals(1.8, sij(Exams.of().is(GAENSLEN, "positive")).combinedLr(), 1e-12);
    }

    @Test
    void twoTestsOfOneFamilyCountOnceUntilARuleHolds() {
        // Gaenslen and compression positive, nothing else done: one of the best four, so no rule yet
        assertEquals(2.2, sij(Exams.of().is(GAENSLEN, "positive").is(COMPRESSION, "positive")).combinedLr(), 1e-12);
    }

    @Test
    void twoOfTheBestFourPositiveIsLaslettsPreferredRule() {
        HypothesisResult r = sij(Exams.of().is(DISTRACTION, "positive").is(THIGH_THRUST, "positive"));
        assertEquals(4.0, r.combinedLr(), 1e-12);
        assertTrue(r.setAside().stream().anyMatch(a -> a.finding().equals(DISTRACTION) && a.reason().contains("cluster")), r.setAside().toString());
    }

    @Test
    void threeOfTheFivePositiveTakesTheThreeOfSixFigure() {
        assertEquals(4.3, sij(Exams.of().is(DISTRACTION, "positive").is(COMPRESSION, "positive").is(GAENSLEN, "positive"))
                .combinedLr(), 1e-12);
    }

    @Test
    void theBestFourDoneWithAtMostOnePositiveIsBelowTheRule() {
        Exams four = Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "positive")
                .is(SACRAL_THRUST, "negative");
        assertEquals(0.16, sij(four).combinedLr(), 1e-12);
        // with Gaenslen also done and positive: 2 of 5, below both rules
        assertEquals(0.08, sij(four.is(GAENSLEN, "positive")).combinedLr(), 1e-12);
    }

    @Test
    void aTestRecordedAsNotTestedIsNotDone() {
        Exams three = Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "negative")
                .is(SACRAL_THRUST, "not_tested");
        assertEquals(0.17, sij(three).combinedLr(), 1e-12, "the strongest single negative, not the cluster's 0.16");
    }

    @Test
    void painThatBeganInPregnancyIsAnIncitingEventCountedOnceWithAFallOrLift_Cohen2013() {
        assertEquals(1.8, sij(Exams.of().yes("history.pregnancy_related")).combinedLr(), 1e-12);
        assertEquals(1.8, sij(Exams.of().yes("history.pregnancy_related").is("history.onset", "trauma")).combinedLr(), 1e-12);
        assertEquals(1.0, sij(Exams.of().no("history.pregnancy_related")).combinedLr(), 1e-12, "a no is neutral");
    }
}
