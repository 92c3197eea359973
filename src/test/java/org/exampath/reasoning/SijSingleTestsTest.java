package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
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

    /** The SIJ hypothesis as the assessment lists it (Engine.hypotheses is assess's own path, without the next tests). */
    private static HypothesisResult sij(Exams exams) {
        return TestKnowledge.ENGINE.hypotheses(exams.exam()).stream()
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
        // Gaenslen positive as well: still below the 2-of-4 rule, and a positive never lowers the estimate
        assertEquals(0.16, sij(Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "positive")
                .is(SACRAL_THRUST, "negative").is(GAENSLEN, "positive")).combinedLr(), 1e-12);
        // four of the five negative: below both rules, settled whatever the fifth shows
        assertEquals(0.08, sij(Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "negative")
                .is(SACRAL_THRUST, "negative")).combinedLr(), 1e-12);
    }

    @Test
    void threeOfTheBestFourNegativeSettlesTheRuleBeforeTheFourthIsDone() {
        assertEquals(0.16, sij(Exams.of().is(DISTRACTION, "negative").is(COMPRESSION, "negative").is(SACRAL_THRUST, "negative"))
                .combinedLr(), 1e-12);
    }

    @Test
    void laslett2003sRuleForPainThatDoesNotCentraliseReadsTheSingleTestsToo() {
        Exams threePositive = Exams.of().is(DISTRACTION, "positive").is(COMPRESSION, "positive").is(GAENSLEN, "positive")
                .is("provocation.lumbar_repeated_movement", "no_effect");
        assertEquals(6.97, sij(threePositive).combinedLr(), 1e-12);
        // Laslett 2003's negative (LR- 0.11) is read for at most one positive (knowledge 2026.11.29): with two positive
        // it does not apply, and Laslett 2005's rule decides; here three of the best four are negative, so 0.16
        Exams twoPositive = Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "positive")
                .is(GAENSLEN, "positive").is(SACRAL_THRUST, "negative").is("provocation.lumbar_repeated_movement", "peripheralises");
        assertEquals(0.16, sij(twoPositive).combinedLr(), 1e-12);
    }

    /**
     * Every way the five tests can stand (not recorded, recorded as not tested, negative, positive), with and
     * without a non-centralising spine: recording one more test as positive never lowers the SIJ estimate,
     * and recording it as negative never raises it.
     */
    @Test
    void aPositiveNeverLowersAndANegativeNeverRaisesTheEstimate() {
        List<String> tests = List.of(DISTRACTION, THIGH_THRUST, COMPRESSION, SACRAL_THRUST, GAENSLEN);
        String[] states = {null, "not_tested", "negative", "positive"};
        int checked = 0;
        for (String spine : new String[] {null, "no_effect"}) {
            for (int code = 0; code < 1024; code++) {
                Exams base = Exams.of();
                if (spine != null) {
                    base.is("provocation.lumbar_repeated_movement", spine);
                }
                List<String> open = new ArrayList<>();
                for (int t = 0; t < 5; t++) {
                    String state = states[(code >> (2 * t)) & 3];
                    if (state == null || state.equals("not_tested")) {
                        open.add(tests.get(t));
                    }
                    if (state != null) {
                        base.is(tests.get(t), state);
                    }
                }
                double before = sij(base).combinedLr();
                for (String test : open) {
                    Exam exam = base.exam();
                    double positive = sij(exam.with(test, new FindingValue.Choice("positive")));
                    double negative = sij(exam.with(test, new FindingValue.Choice("negative")));
                    assertTrue(positive >= before - 1e-12, test + " positive lowered " + before + " to " + positive + " in " + exam);
                    assertTrue(negative <= before + 1e-12, test + " negative raised " + before + " to " + negative + " in " + exam);
                    checked++;
                }
            }
        }
        assertTrue(checked > 5000, "combinations checked: " + checked);
    }

    private static double sij(Exam exam) {
        return TestKnowledge.ENGINE.hypotheses(exam).stream()
                .filter(h -> h.id().equals("sacroiliac_joint")).findFirst().orElseThrow().combinedLr();
    }

    @Test
    void aTestRecordedAsNotTestedIsNotDone() {
        Exams three = Exams.of().is(DISTRACTION, "negative").is(THIGH_THRUST, "negative").is(COMPRESSION, "not_tested")
                .is(SACRAL_THRUST, "not_tested").is(GAENSLEN, "negative");
        assertEquals(0.17, sij(three).combinedLr(), 1e-12, "the strongest single negative; read as negatives they would give 0.08");
    }

    @Test
    void painThatBeganInPregnancyIsAnIncitingEventCountedOnceWithAFallOrLift_Cohen2013() {
        assertEquals(1.8, sij(Exams.of().yes("history.pregnancy_related")).combinedLr(), 1e-12);
        assertEquals(1.8, sij(Exams.of().yes("history.pregnancy_related").is("history.onset", "trauma")).combinedLr(), 1e-12);
        assertEquals(1.0, sij(Exams.of().no("history.pregnancy_related")).combinedLr(), 1e-12, "a no is neutral");
    }
}
