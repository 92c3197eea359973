package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.junit.jupiter.api.Test;

/**
 * The practice marks agree with the exam window: a sign that raises a flag there counts as the flag found, tests
 * are judged against a standing emergency by the findings its rule reads, and a test the panel's "why?" counts is
 * on the path with the panel's own figures.
 */
class ScorerFoundFlagTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    private static PracticeCase shipped(String name) {
        return new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The review's attempt: four history items, one screening question, the SLR and saddle sensation. */
    private static PracticeSession reviewAttempt() {
        PracticeSession s = new PracticeSession(shipped("cauda-equina-emergency"));
        List.of("history.quality.numbness", "history.region.below_knee", "history.region.low_back", "history.region.posterior_thigh",
                "nerve.slr", "neuro.sensation.saddle", "redflag.cancer_history").forEach(s::ask);
        return s;
    }

    private static Answer answer(Set<String> flags) {
        return new Answer(List.of("gluteal_tendinopathy"), Map.of("gluteal_tendinopathy", 0.6), flags, "urgent", Set.of());
    }

    @Test
    void reducedSaddleSensationIsTheCaudaEquinaFlagFoundNotAMissedScreen() {
        Feedback f = scorer.score(reviewAttempt(), answer(Set.of()));
        assertEquals(Map.of("cauda_equina", List.of("neuro.sensation.saddle")), f.foundFlags(),
                "the exam window raises the emergency on reduced saddle sensation alone");
        assertEquals(List.of("cauda_equina"), f.missedFlags(), "but it was not named");
        assertEquals(List.of(), f.relevantUnasked(), "no 'you did not screen' for a flag the student found");
        assertTrue(f.flagQuestionsUnasked().containsAll(List.of("redflag.saddle_anaesthesia", "redflag.bladder_bowel_change")),
                "the flag's own questions left unasked are a separate lesson: " + f.flagQuestionsUnasked());
        assertEquals(Scorer.FOUND_NOT_NAMED, f.flagPoints());
        assertFalse(f.leadingCorrect(), "the emergency is the working diagnosis here, and it was not named");
        assertEquals(List.of(), f.acceptedLeading(), "no held-back leader is given as the answer");
        assertEquals(null, f.brier(), "no calibration against a leader the panel holds back");
        // 10 (found, not named) + 0 (diagnosis) + 15 (imaging) + 15 (the one graded test checks the emergency)
        assertEquals(10 + 15 + 15, f.score());
    }

    @Test
    void namingTheFoundEmergencyEarnsTheDiagnosisAndHalfTheFlagShareWhileTheScreenHasGaps() {
        Feedback f = scorer.score(reviewAttempt(), answer(Set.of("cauda_equina")));
        assertEquals(List.of(), f.missedFlags());
        assertEquals(Scorer.NAMED_WITH_GAPS, f.flagPoints(), "named and found, but 24 screening questions unasked");
        assertTrue(f.leadingCorrect());
        assertEquals(20 + 30 + 15 + 15, f.score());
    }

    @Test
    void neitherFoundNorNamedIsAMissedScreenAndScoresNoFlagShare() {
        PracticeSession s = new PracticeSession(shipped("cauda-equina-emergency"));
        s.ask("redflag.cancer_history");
        s.ask("nerve.slr");
        Feedback f = scorer.score(s, answer(Set.of()));
        assertEquals(Map.of(), f.foundFlags());
        assertTrue(f.relevantUnasked().contains("redflag.saddle_anaesthesia"), f.relevantUnasked().toString());
        assertEquals(0, f.flagPoints());
    }

    @Test
    void whileTheEmergencyStandsItsRulesFindingsAreOnThePathAndOtherTestsAreNotGraded() {
        PracticeSession s = reviewAttempt();
        s.ask("neuro.myotome.L5");
        s.ask("palpation.piriformis");
        Feedback f = scorer.score(s, answer(Set.of("cauda_equina")));
        assertTrue(f.emergency());
        // the emergency's checks are the findings its rule reads, taken from the knowledge here too
        Set<String> read = new TreeSet<>();
        TestKnowledge.SHIPPED.redFlags().stream().filter(r -> r.id().equals("cauda_equina")).findFirst().orElseThrow().when().references(read);
        List<String> expected = new ArrayList<>(f.testsUsed());
        expected.retainAll(read);
        assertEquals(List.of("neuro.sensation.saddle", "neuro.myotome.L5"), expected, "saddle sensation and the lower-limb neuro exam");
        assertEquals(expected, f.onPath());
        assertEquals(expected, f.graded(), "the SLR and piriformis palpation are not graded as off the path");
        assertTrue(f.verdicts().stream().filter(v -> !v.graded()).allMatch(v -> v.kind() == TestVerdict.Kind.NOT_GRADED));
        assertEquals(List.of(), f.enginePath(), "the engine acts on the emergency rather than test");
    }

    @Test
    void everyTestThePanelCountsIsOnThePathWithThePanelsFigures() {
        PracticeCase c = shipped("deep-gluteal-sitting-burn");
        PracticeSession s = new PracticeSession(c);
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> s.ask(d.id()));
        c.exam().findings().keySet().forEach(s::ask);
        Feedback f = scorer.score(s, new Answer(List.of("deep_gluteal_syndrome"), Map.of(), Set.of(), "not_indicated", Set.of()));
        Assessment panel = TestKnowledge.ENGINE.assess(s.revealed());
        int counted = 0;
        for (TestVerdict v : f.verdicts()) {
            boolean moved = false;
            for (HypothesisResult h : panel.hypotheses()) {
                for (Evidence e : h.contributions()) {
                    moved |= (e.finding().equals(v.finding()) || e.findings().contains(v.finding())) && e.after() != e.before();
                }
            }
            if (moved) {
                counted++;
                assertEquals(TestVerdict.Kind.COUNTED, v.kind(), v.toString());
                assertTrue(v.onPath(), "a finding that moved a hypothesis in the panel is on the path: " + v);
                Evidence e = panel.hypotheses().stream().filter(h -> h.id().equals(v.hypothesis())).findFirst().orElseThrow()
                        .contributions().stream().filter(x -> x.findings().contains(v.finding())).findFirst().orElseThrow();
                assertEquals(e.before(), v.before());
                assertEquals(e.after(), v.after());
            }
        }
        assertTrue(counted >= 4, "piriformis, sciatic notch and the piriformis pair all move deep gluteal syndrome: " + f.verdicts());
        TestVerdict piriformis = f.verdicts().stream().filter(v -> v.finding().equals("palpation.piriformis")).findFirst().orElseThrow();
        assertEquals("deep_gluteal_syndrome", piriformis.hypothesis());
        // since ADR 0013 the piriformis tests count on their own here (together they say more than Martin's cluster),
        // so resisted external rotation counts too, with deep gluteal syndrome at its cap; FAIR gives way to the
        // stronger seated stretch of its family
        TestVerdict external = f.verdicts().stream().filter(v -> v.finding().equals("strength.hip_external_rotation")).findFirst().orElseThrow();
        assertEquals(TestVerdict.Kind.AT_CAP, external.kind(), "the panel counts it, at the cap: " + external);
        TestVerdict fair = f.verdicts().stream().filter(v -> v.finding().equals("nerve.fair")).findFirst().orElseThrow();
        assertEquals(TestVerdict.Kind.SET_ASIDE, fair.kind(), "the panel lists it under 'Not counted'");
        String reason = panel.hypotheses().stream().flatMap(h -> h.setAside().stream())
                .filter(a -> a.finding().equals("nerve.fair")).findFirst().orElseThrow().reason();
        assertEquals(reason, fair.reason(), "for the panel's own reason");
    }

    @Test
    void theFlagShareFollowsFoundNamedAndTheScreen() {
        Set<String> ces = Set.of("cauda_equina");
        assertEquals(40, Scorer.flagPoints(ces, List.of(), ces, true));
        assertEquals(20, Scorer.flagPoints(ces, List.of(), ces, false));
        assertEquals(0, Scorer.flagPoints(ces, List.of(), Set.of(), false), "named without finding it, with gaps: a guess");
        assertEquals(10, Scorer.flagPoints(ces, List.of("cauda_equina"), ces, false));
        assertEquals(0, Scorer.flagPoints(ces, List.of("cauda_equina"), Set.of(), true));
        assertEquals(40, Scorer.flagPoints(Set.of(), List.of(), Set.of(), true));
        assertEquals(0, Scorer.flagPoints(Set.of(), List.of(), Set.of(), false), "a screen with gaps cannot say there is no flag");
    }
}
