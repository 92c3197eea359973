package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.reasoning.HypothesisResult;
import org.junit.jupiter.api.Test;

/**
 * A case whose expected answer names no leading hypothesis is marked against the engine's leader. Where
 * hypotheses tie at the top, every one of them is accepted: the 30-point share does not hang on the
 * engine's alphabetical tie-break. A hypothesis merely close to the top is not accepted.
 */
class ScorerLeadingWithoutExpectationTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    private static PracticeCase shipped(String name) {
        return new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Feedback answerWithTheWholeScreen(PracticeCase c, String first, Set<String> flags, String imaging) {
        PracticeSession session = new PracticeSession(c);
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> session.ask(d.id()));
        return scorer.score(session, new Answer(List.of(first), Map.of(), flags, imaging, Set.of()));
    }

    @Test
    void aHypothesisTiedWithTheEnginesTopIsAcceptedWhenTheCaseNamesNoLeading() {
        PracticeCase cyclist = shipped("cyclist-full-effort-buttock-pain");
        assertTrue(cyclist.expect().leading().isEmpty(), "the case names no leading hypothesis");
        List<HypothesisResult> top = TestKnowledge.ENGINE.assess(cyclist.exam()).hypotheses();
        assertEquals(List.of("lumbar_radicular", "lumbar_referred"), List.of(top.get(0).id(), top.get(1).id()));
        assertEquals(top.get(0).probability(), top.get(1).probability(), 0.0, "the two lead with exactly the same probability");

        Feedback f = answerWithTheWholeScreen(cyclist, "lumbar_referred", Set.of("vascular_claudication"), "if_no_progress");
        assertTrue(f.leadingCorrect(), "ranking lumbar_referred first (tied at the top with lumbar_radicular) is right");
        assertEquals(List.of("lumbar_radicular", "lumbar_referred"), f.acceptedLeading());
        assertTrue(f.leadingFromEngine(), "the accepted answer is the engine's, not the case's");
    }

    @Test
    void aHypothesisJustBelowTheEnginesTopIsNotAccepted() {
        PracticeCase malignancy = shipped("malignancy-screen");
        assertTrue(malignancy.expect().leading().isEmpty(), "the case names no leading hypothesis");
        List<HypothesisResult> top = TestKnowledge.ENGINE.assess(malignancy.exam()).hypotheses();
        assertTrue(top.get(0).probability() - top.get(1).probability() > 0.001, "the top is clear of the next: " + top.subList(0, 2));

        Feedback f = answerWithTheWholeScreen(malignancy, top.get(1).id(), Set.copyOf(malignancy.expect().redFlags()), "urgent");
        assertFalse(f.leadingCorrect(), "the second hypothesis is not the engine's leader");
        assertEquals(List.of(top.get(0).id()), f.acceptedLeading());
    }

    @Test
    void aCaseThatNamesItsLeadingIsMarkedAgainstItsOwnAnswer() {
        PracticeCase gluteal = shipped("gluteal-tendinopathy-classic");
        Feedback f = answerWithTheWholeScreen(gluteal, "gluteal_tendinopathy", Set.of(), "not_indicated");
        assertFalse(f.leadingFromEngine());
        assertEquals(List.copyOf(new java.util.TreeSet<>(gluteal.expect().leading())), f.acceptedLeading());
    }
}
