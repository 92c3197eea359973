package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * An inconsistency is judged only where the student could see it (review finding 16): every finding of it asked
 * or tested. One in a test they never did is not theirs to spot.
 */
class ScorerInconsistencyReachTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    /**
     * SLR positive and slump negative: the case's exam holds the SLR/slump clash (the other way round is the expected
     * pattern since knowledge 2026.12.20, review 39).
     */
    private static PracticeCase clashCase() {
        return new PracticeCase("clash", "Clash", "A sitter.", List.of("Point one."),
                Exams.of().yes("history.region.lower_medial_buttock").is("nerve.slr", "positive").is("nerve.slump", "negative").exam(),
                new PracticeCase.Expect(Set.of("proximal_hamstring_tendinopathy"), Set.of(), true, Set.of("not_indicated"), Set.of()));
    }

    private static Answer marking(Set<String> odd) {
        return new Answer(List.of("proximal_hamstring_tendinopathy"), Map.of(), Set.of(), "not_indicated", odd);
    }

    @Test
    void theCaseHoldsTheClash() {
        assertTrue(TestKnowledge.ENGINE.assess(clashCase().exam()).inconsistencies().stream()
                .anyMatch(i -> i.findings().containsAll(List.of("nerve.slr", "nerve.slump"))));
    }

    @Test
    void bothTestsRunAndOneMarkedIsSpotted() {
        PracticeSession s = new PracticeSession(clashCase());
        s.ask("nerve.slr");
        s.ask("nerve.slump");
        assertTrue(scorer.score(s, marking(Set.of("nerve.slump"))).inconsistencySpotted());
        assertFalse(scorer.score(s, marking(Set.of())).inconsistencySpotted(), "nothing marked: not spotted");
    }

    @Test
    void halfTheClashUncoveredIsNotJudgedEvenWhenItsOneFindingIsMarked() {
        PracticeSession s = new PracticeSession(clashCase());
        s.ask("nerve.slr");
        var clash = TestKnowledge.ENGINE.assess(clashCase().exam()).inconsistencies().get(0);
        assertFalse(Scorer.uncovered(clash, s), "the slump was never done: the clash could not be seen");
        assertFalse(scorer.score(s, marking(Set.of("nerve.slr"))).inconsistencySpotted(),
                "marking the one test done is not spotting a clash with a test never done");
    }
}
