package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/** The log-odds update on hand-computed examples, and the evidence file's safeguards (§5.3). */
class OddsMathsTest {
    private final Engine mini = new Engine(TestKnowledge.mini());
    private final Engine shipped = TestKnowledge.ENGINE;

    private static HypothesisResult find(Assessment a, String id) {
        return a.hypotheses().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void positiveTestMultipliesPriorOdds() {
        // prior 0.5 -> odds 1; t2 positive LR 2 -> odds 2 -> p = 2/3
        HypothesisResult a = find(mini.assess(Exams.of().is("t2", "positive").exam()), "a");
        assertEquals(2.0 / 3.0, a.probability(), 1e-12);
        assertEquals(List.of("t2"), a.contributions().stream().map(Evidence::finding).toList());
        assertEquals(0.5, a.contributions().get(0).before(), 1e-12);
        assertEquals(2.0 / 3.0, a.contributions().get(0).after(), 1e-12);
    }

    @Test
    void independentFamiliesMultiply() {
        // t1 negative (0.1) and t2 positive (2): odds 1 * 0.1 * 2 = 0.2 -> p = 1/6
        HypothesisResult a = find(mini.assess(Exams.of().is("t1", "negative").is("t2", "positive").exam()), "a");
        assertEquals(1.0 / 6.0, a.probability(), 1e-12);
        assertEquals(0.2, a.combinedLr(), 1e-12);
    }

    @Test
    void onlyTheStrongestOfAFamilyCounts() {
        // t1 positive (10) and t3 positive (4) share family f13: only 10 counts -> p = 10/11
        HypothesisResult a = find(mini.assess(Exams.of().is("t1", "positive").is("t3", "positive").exam()), "a");
        assertEquals(10.0 / 11.0, a.probability(), 1e-12);
        assertEquals("t3", a.setAside().get(0).finding());
    }

    @Test
    void notTestedIsNotNegative() {
        HypothesisResult a = find(mini.assess(Exams.of().exam()), "a");
        assertEquals(0.5, a.probability(), 1e-12);
        assertTrue(a.contributions().isEmpty());
    }

    @Test
    void seatedPiriformisStretchMovesDeepGlutealFromItsPrior() {
        // prior 0.08: odds 0.08/0.92; LR+ 5.22 (Martin 2014, a small case-control-like design: shrunk to sqrt 5.22)
        HypothesisResult dgs = find(shipped.assess(Exams.of().is("nerve.seated_piriformis_stretch", "positive").exam()),
                "deep_gluteal_syndrome");
        double odds = 0.08 / 0.92 * Math.sqrt(5.22);
        assertEquals(odds / (1 + odds), dgs.probability(), 1e-12);
        assertEquals("martin2014", dgs.contributions().get(0).source());
    }

    @Test
    void caseControlLikelihoodRatioIsShrunkToItsSquareRoot() {
        HypothesisResult pht = find(shipped.assess(Exams.of().is("provocation.modified_bent_knee_stretch", "positive").exam()),
                "proximal_hamstring_tendinopathy");
        Evidence e = pht.contributions().get(0);
        assertEquals(10.2, e.publishedLr(), 1e-12);
        assertEquals(Math.sqrt(10.2), e.lr(), 1e-12);
    }

    @Test
    void extremeLikelihoodRatioIsCappedAtTheFamilyCap() {
        HypothesisResult gt = find(shipped.assess(Exams.of().is("provocation.single_leg_stance_30s", "positive").exam()),
                "gluteal_tendinopathy");
        assertEquals(10.0, gt.contributions().get(0).lr(), 1e-12);
        assertEquals(12.0, gt.contributions().get(0).publishedLr(), 1e-12);
    }

    @Test
    void combinedEvidenceIsHeldAtTheTotalCap() {
        HypothesisResult gt = find(shipped.assess(Exams.of().yes("history.region.lateral_hip", "history.aggravator.side_lying")
                .is("provocation.single_leg_stance_30s", "positive").strength("strength.resisted_external_derotation", 4, "familiar")
                .exam()), "gluteal_tendinopathy");
        assertTrue(gt.capped());
        assertEquals(20.0, gt.combinedLr(), 1e-12);
        double odds = 0.15 / 0.85 * 20;
        assertEquals(odds / (1 + odds), gt.probability(), 1e-12);
        Evidence last = gt.contributions().get(gt.contributions().size() - 1);
        assertEquals(gt.probability(), last.after(), 1e-12, "the trail of reasons ends at the result");
    }

    @Test
    void tendernessCountsWhereTheReferenceStandardCountedIt() {
        // Grimaldi 2017 counted plain trochanteric tenderness: tender is positive (1.5), only non-tender is LR- 0.4
        HypothesisResult tender = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .is("palpation.greater_trochanter", "tender").exam()), "gluteal_tendinopathy");
        assertEquals(1.5, tender.combinedLr(), 1e-12);
        HypothesisResult nonTender = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .is("palpation.greater_trochanter", "non_tender").exam()), "gluteal_tendinopathy");
        assertEquals(0.4, nonTender.combinedLr(), 1e-12);
    }

    @Test
    void aDifferentPainOnResistedAbductionIsNeutralAndOnlyAPainlessFullStrengthTestLowersIt() {
        // a pain other than the familiar one is neutral (evidence I9, knowledge 2026.11.29); no pain: Bird 2001 LR- 0.59
        HypothesisResult painful = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .strength("strength.hip_abduction", 5, "pain").exam()), "gluteal_tendinopathy");
        assertEquals(1.0, painful.combinedLr(), 1e-12);
        HypothesisResult painless = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .strength("strength.hip_abduction", 5, "none").exam()), "gluteal_tendinopathy");
        assertEquals(0.59, painless.combinedLr(), 1e-12);
        Assessment weakPainful = shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .strength("strength.hip_abduction", 3, "familiar").exam());
        assertTrue(find(weakPainful, "gluteal_tendinopathy").combinedLr() > 1);
        assertTrue(find(weakPainful, "hip_joint").contributions().stream().noneMatch(e -> e.finding().equals("strength.hip_abduction")),
                "painful weakness does not lift the hip joint");
    }

    @Test
    void pooledFiguresWhoseIntervalCrossesOneGiveWayToThePooledSensitivityAndSpecificity() {
        // Reiman 2013: resisted abduction, familiar pain, sens 0.71 / spec 0.84 -> 0.71/0.16 = 4.44 (pooled LR+ 5.50, CI 0.13-241)
        HypothesisResult familiar = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .strength("strength.hip_abduction", 5, "familiar").exam()), "gluteal_tendinopathy");
        assertEquals(4.44, familiar.combinedLr(), 1e-12);
        // Trendelenburg sign negative, sens 0.61 / spec 0.92 -> 0.39/0.92 = 0.42 (pooled LR- 0.25, CI 0.02-3.15)
        HypothesisResult noTrendelenburg = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .is("provocation.trendelenburg_sign", "negative").exam()), "gluteal_tendinopathy");
        assertEquals(0.42, noTrendelenburg.combinedLr(), 1e-12);
    }

    @Test
    void aPositiveFaberDoesNotLiftSacroiliacJointPain() {
        // Dreyfuss 1996: FABER sens 0.69, spec 0.16 against a SIJ block -> LR+ 0.82, no better than chance: neutral
        HypothesisResult sij = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .is("provocation.faber", "positive").exam()), "sacroiliac_joint");
        assertEquals(1.0, sij.combinedLr(), 1e-12);
        assertTrue(sij.contributions().isEmpty() && sij.setAside().isEmpty());
    }

    @Test
    void runningAndATrainingRiseCountOnceForHamstringTendinopathy() {
        HypothesisResult pht = find(shipped.assess(Exams.of().patient(45, Sex.OTHER).yes("history.aggravator.running")
                .is("history.onset", "load_increase").exam()), "proximal_hamstring_tendinopathy");
        assertEquals(1.8, pht.combinedLr(), 1e-12);
        assertEquals(1, pht.contributions().size());
    }

    @Test
    void painSpreadingDownTheLegCountsOnce() {
        // back of the thigh and below the knee describe one spreading pain (family leg_radiation): only the stronger counts
        HypothesisResult radicular = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .yes("history.region.posterior_thigh", "history.region.below_knee").exam()), "lumbar_radicular");
        assertEquals(2.5, radicular.combinedLr(), 1e-12);
        // lateral hip pain and its spread down the side of the thigh (family lateral_hip_pain)
        HypothesisResult gt = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .yes("history.region.lateral_hip", "history.region.lateral_thigh").exam()), "gluteal_tendinopathy");
        assertEquals(5.0, gt.combinedLr(), 1e-12);
    }

    @Test
    void resistedInternalRotationCountsWithTheOtherGlutealTendonTests() {
        // Bird 2001 measured painful resisted internal rotation and abduction on the same tendons: one family (gluteal_tendon)
        HypothesisResult gt = find(shipped.assess(Exams.of().patient(45, Sex.OTHER)
                .is("provocation.single_leg_stance_30s", "positive")
                .strength("strength.hip_internal_rotation", 5, "pain").exam()), "gluteal_tendinopathy");
        assertEquals(10.0, gt.combinedLr(), 1e-12, "single-leg stance (12, held at 10) counts; resisted IR (1.77) does not multiply");
    }

    @Test
    void aPositiveSlrLiftsRadicularPainAboveDeepGlutealSyndrome() {
        Assessment a = shipped.assess(Exams.of().patient(45, Sex.OTHER).is("nerve.slr", "positive").exam());
        assertTrue(find(a, "lumbar_radicular").combinedLr() > find(a, "deep_gluteal_syndrome").combinedLr());
    }

    @Test
    void validatedClusterReplacesItsMembers() {
        // Martin 2014: seated piriformis stretch OR active piriformis positive -> LR 4.57 (shrunk: sqrt), not 5.22 x 0.27
        HypothesisResult dgs = find(shipped.assess(Exams.of().is("nerve.seated_piriformis_stretch", "positive")
                .is("nerve.active_piriformis", "negative").exam()), "deep_gluteal_syndrome");
        assertEquals(Math.sqrt(4.57), dgs.combinedLr(), 1e-12);
        assertEquals(2, dgs.setAside().size());
    }

    @Test
    void validatedClusterGivesWayToMembersThatSayMoreTheSameWay() {
        // review 39 (ADR 0013): both positive say more than "either positive", so the members count, each in its family
        HypothesisResult dgs = find(shipped.assess(Exams.of().is("nerve.seated_piriformis_stretch", "positive")
                .is("nerve.active_piriformis", "positive").exam()), "deep_gluteal_syndrome");
        assertEquals(Math.sqrt(5.22) * Math.sqrt(3.9), dgs.combinedLr(), 1e-12);
        SetAside cluster = dgs.setAside().stream().filter(SetAside::cluster).findFirst().orElseThrow();
        assertTrue(cluster.reason().startsWith("its member tests count instead"), cluster.reason());
        assertEquals(List.of("nerve.seated_piriformis_stretch", "nerve.active_piriformis"), cluster.countedInstead());
    }

    @Test
    void widespreadTendernessSetsPalpationAside() {
        Assessment a = shipped.assess(Exams.of().is("palpation.greater_trochanter", "familiar")
                .is("palpation.piriformis", "familiar").is("palpation.ischial_tuberosity", "tender")
                .is("palpation.lumbar_spine", "familiar").exam());
        assertTrue(a.inconsistencies().stream().anyMatch(i -> i.id().equals("I5")));
        for (HypothesisResult h : a.hypotheses()) {
            assertTrue(h.contributions().stream().noneMatch(e -> e.finding().startsWith("palpation.")), h.id());
        }
        assertFalse(find(a, "gluteal_tendinopathy").setAside().isEmpty());
    }

    @Test
    void driverProbabilityIsThatAtLeastOneOfItsHypothesesIsPresent() {
        Assessment a = mini.assess(Exams.of().is("t2", "positive").yes("q").exam());
        // a (load) 2/3; b (nerve) prior 0.2 odds 0.25 * 3 = 0.75 -> 3/7
        assertEquals("load", a.driver().id());
        assertEquals(2.0 / 3.0, a.driver().probability(), 1e-12);
        assertEquals(3.0 / 7.0, a.drivers().get(1).probability(), 1e-12);
    }
}
