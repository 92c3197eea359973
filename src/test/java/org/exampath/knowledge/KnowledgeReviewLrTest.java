package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.junit.jupiter.api.Test;

/**
 * The independent LR review (knowledge-audit.md, "An independent LR review (knowledge 2026.11.29)"):
 * each test states what shared/clinical/evidence.md says about one row, or one rule of §5.3, and
 * checks the shipped knowledge against it. Written to fail where the review found the knowledge at
 * odds with the evidence; the finding number of the review is given on each test. Findings 1 and 8
 * are checked as the clinical lead decided them.
 */
class KnowledgeReviewLrTest {
    private final KnowledgeBase kb = TestKnowledge.SHIPPED;

    private static HypothesisResult hypothesis(Exams exams, String id) {
        Assessment a = TestKnowledge.ENGINE.assess(exams.exam());
        return a.hypotheses().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    /** The combined LR the findings add to a 45-year-old woman with right-sided pain and nothing else recorded. */
    private static double added(Exams with, String id) {
        return hypothesis(with, id).combinedLr() / hypothesis(Exams.of(), id).combinedLr();
    }

    /**
     * Finding 1, declined by the clinical lead (knowledge 2026.11.29). The review read Reiman 2013's
     * pooled LR- 0.37 (evidence line 143) for painless resisted abduction. The lead keeps Bird 2001's
     * 0.59 (line 145): issue #10's text names Bird's 0.59 for "no pain on resisted abduction", and of
     * the two figures the smaller shift is the conservative choice while Bird's population (a tear
     * inside GTPS) and Reiman's (GT against mixed controls) both differ from first-contact buttock pain.
     * The test now pins the value the lead chose, so a change to it is deliberate.
     */
    @Test
    void painlessFullStrengthAbductionKeepsBirdsLrMinusAsTheLeadDecided() {
        double lr = added(Exams.of().strength("strength.hip_abduction", 5, "none"), "gluteal_tendinopathy");
        assertEquals(0.59, lr, 1e-9, "painless resisted abduction at full strength, gluteal tendinopathy");
    }

    /**
     * Finding 2. Evidence line 83 and I9 (line 335): a test is positive only when it reproduces the
     * familiar pain; a non-familiar pain is negative for LR purposes. It cannot lift the hypothesis.
     */
    @Test
    void aPainOtherThanTheFamiliarOnResistedAbductionDoesNotLiftGlutealTendinopathy() {
        double lr = added(Exams.of().strength("strength.hip_abduction", 5, "pain"), "gluteal_tendinopathy");
        assertTrue(lr <= 1.0 + 1e-9, "non-familiar pain on resisted abduction lifted gluteal tendinopathy by " + lr);
    }

    /**
     * Finding 3. Evidence §5.3 line 364 puts resisted abduction and single-leg stance in one family,
     * and line 359 says a family counts once, through its strongest LR or its published cluster.
     * Kinsella's sequenced cluster (both negative: 59% to 14%, LR 0.11) contains resisted abduction,
     * so a negative single-leg stance (0.6) must not multiply it again.
     */
    @Test
    void kinsellasClusterCountsOnceWithTheGlutealTendonFamily() {
        double lr = added(Exams.of().is("palpation.greater_trochanter", "non_tender")
                .strength("strength.hip_abduction", 5, "none")
                .is("provocation.single_leg_stance_30s", "negative"), "gluteal_tendinopathy");
        assertEquals(0.11, lr, 0.005, "trochanter non-tender, abduction painless, single-leg stance negative");
    }

    /**
     * Finding 4. Evidence §5.3 line 361: bedside FAIR and the seated piriformis stretch are one
     * flexion-adduction-internal-rotation family. Martin's cluster (line 115: either test positive,
     * LR+ 4.57, shrunk to 2.14) contains the seated stretch, so a positive FAIR must not multiply it. Since review 39
     * (ADR 0013) the cluster counts only where it says at least as much as its members: with both tests positive the
     * members count (the seated stretch, 2.28, and the active test, 1.97), and FAIR still does not multiply the stretch.
     */
    @Test
    void martinsClusterCountsOnceWithBedsideFair() {
        double lr = added(Exams.of().is("nerve.seated_piriformis_stretch", "positive")
                .is("nerve.active_piriformis", "negative").is("nerve.fair", "positive"), "deep_gluteal_syndrome");
        assertEquals(Math.sqrt(4.57), lr, 0.01, "seated stretch and FAIR positive, active piriformis negative");
        double all = added(Exams.of().is("nerve.seated_piriformis_stretch", "positive")
                .is("nerve.active_piriformis", "positive").is("nerve.fair", "positive"), "deep_gluteal_syndrome");
        assertEquals(Math.sqrt(5.22) * Math.sqrt(3.9), all, 0.01, "seated stretch, active piriformis and FAIR all positive");
    }

    /**
     * Finding 5. Evidence line 147: Fearon's rule is lateral hip pain AND FABER reproducing it
     * (LR+ 4.5, case-control, shrunk 2.12). Lateral hip pain is a member of the rule, so the
     * conjunction cannot multiply the lateral-hip-pain row (5.0) a second time.
     */
    @Test
    void fearonsRuleDoesNotCountLateralHipPainTwice() {
        double lr = added(Exams.of().yes("history.region.lateral_hip").is("provocation.faber", "positive")
                .is("provocation.faber_site", "lateral"), "gluteal_tendinopathy");
        double lateralHipAlone = added(Exams.of().yes("history.region.lateral_hip"), "gluteal_tendinopathy");
        assertTrue(lr <= lateralHipAlone + 1e-9,
                "lateral hip pain with FABER reproducing it gave " + lr + ", lateral hip pain alone " + lateralHipAlone);
    }

    /**
     * Finding 6. Evidence §5.3 line 360 puts the slump knee bend in the sciatic-tension family with
     * the slump; the prone knee bend row borrows the slump knee bend's figure (Trainor 2011, line
     * 100), so it counts once with the slump (2.8), not on top of it.
     */
    @Test
    void theProneKneeBendCountsInTheTensionFamilyWithTheSlump() {
        double lr = added(Exams.of().is("nerve.slump", "positive").is("nerve.prone_knee_bend", "positive"), "lumbar_radicular");
        assertEquals(2.8, lr, 0.01, "slump and prone knee bend both positive");
    }

    /**
     * Finding 7. Evidence §2.10 line 239: sitting aggravation has no published LR for deep gluteal
     * syndrome, hamstring tendinopathy or disc pain and does not discriminate (I10, line 336). With
     * no evidence a finding value is neutral (issue 10): it lifts none of them.
     */
    @Test
    void sittingHasNoPublishedLrAndLiftsNoHypothesis() {
        for (String h : List.of("deep_gluteal_syndrome", "proximal_hamstring_tendinopathy", "lumbar_radicular")) {
            assertEquals(1.0, added(Exams.of().yes("history.aggravator.sitting"), h), 1e-9, "sitting, " + h);
            assertEquals(1.0, added(Exams.of().yes("history.aggravator.car_ride"), h), 1e-9, "car ride, " + h);
        }
    }

    /**
     * Finding 8, as the clinical lead decided (knowledge 2026.11.29). Evidence line 16: a figure tagged M is
     * recalled, not verified. The four recalled figures (Laslett 2005's 2-of-the-best-4, 4.0 and 0.16; the
     * IFI test, 5.5 and 0.21) are kept, but each must ship tagged as an estimate whose reason says the figure
     * is recalled: no row carries the M tag, and a row that says it rests on a recalled figure is an estimate.
     */
    @Test
    void noRecalledFigureShipsUntaggedAsAnEstimate() {
        List<String> recalled = new ArrayList<>();
        for (LikelihoodRow r : kb.rows()) {
            String text = (r.estimate() == null ? "" : r.estimate()) + " " + (r.basis() == null ? "" : r.basis());
            boolean saysRecalled = text.toLowerCase(Locale.ROOT).contains("recalled");
            if ("M".equals(r.tag()) || (saysRecalled && !"estimate".equals(r.tag()))) {
                recalled.add(r.finding() + " " + r.outcome() + " x " + r.hypothesis() + " = " + r.publishedLr() + " (" + r.tag() + ")");
            }
        }
        assertEquals(List.of(), recalled);
        long kept = kb.rows().stream().filter(r -> "estimate".equals(r.tag()) && r.estimate() != null
                && r.estimate().startsWith("Recalled figure")).count();
        assertEquals(4, kept, "the four recalled figures ship as estimates that say so");
    }

    /**
     * Finding 10. Laslett 2005 (evidence line 156, §5.2 line 344): two of the best four tests
     * positive is the preferred positive rule (LR+ ~4.0). Laslett 2003's LR- 0.11 (line 163) is for
     * fewer than three of five positive, lumping 0, 1 and 2; for exactly two positive the two rules
     * from the same cohort disagree, so that stratum cannot take the strong negative. The shipped
     * count row for 0-1 positive already says exactly two is neutral.
     */
    @Test
    void twoOfTheBestFourPositiveIsNotReadAsANegativeSijWorkUp() {
        double lr = added(Exams.of().is("provocation.sij_distraction", "positive").is("provocation.sij_thigh_thrust", "positive")
                .is("provocation.sij_compression", "negative").is("provocation.sij_sacral_thrust", "negative")
                .is("provocation.sij_gaenslen", "negative").is("provocation.lumbar_repeated_movement", "no_effect"),
                "sacroiliac_joint");
        assertTrue(lr >= 1.0 - 1e-9, "distraction and thigh thrust positive, pain not centralising: SIJ LR " + lr);
        double count = added(Exams.of().count("provocation.sij_cluster_positive", 2)
                .is("provocation.lumbar_repeated_movement", "no_effect"), "sacroiliac_joint");
        assertTrue(count >= 1.0 - 1e-9, "two of five positive, pain not centralising: SIJ LR " + count);
    }

    /**
     * Finding 20. Evidence §5.3 line 367: "Hip OA history/exam: use Sutlive/Metcalfe cluster rather
     * than multiplying items". Three rows built on Metcalfe's exam items (abductor weakness 4.5 held
     * at 3.0, decreased passive adduction 4.2 for a range limited in all directions, groin pain on
     * passive abduction/adduction 5.7 held at 2.5 for FABER into the groin) sit in three families
     * and multiply to 3.0 x 4.2 x 2.5 = 31.5. Counted once, the strongest is 4.2.
     */
    @Test
    void metcalfesHipExamItemsAreNotMultiplied() {
        double lr = added(Exams.of().strength("strength.hip_abduction", 4, "none").yes("provocation.hip_rom_limited_all")
                .is("provocation.faber", "positive").is("provocation.faber_site", "groin"), "hip_joint");
        assertTrue(lr <= 4.2 + 1e-9, "abductor weakness, range limited in all directions and FABER into the groin: hip joint LR " + lr);
    }

    /** Finding 9. Every estimate says why (brief; issue 10): the bare word "judgement" is not a reason. */
    @Test
    void everyEstimateStatesItsReason() {
        List<String> bare = new ArrayList<>();
        for (LikelihoodRow r : kb.rows()) {
            if ("estimate".equals(r.tag())) {
                String reason = r.estimate() == null ? "" : r.estimate().toLowerCase(Locale.ROOT)
                        .replace("judgement", "").replace("see the positive row", "").replaceAll("[^a-z0-9]", "");
                if (reason.isEmpty()) {
                    bare.add(r.finding() + " " + r.outcome() + " x " + r.hypothesis() + " = " + r.lr());
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
