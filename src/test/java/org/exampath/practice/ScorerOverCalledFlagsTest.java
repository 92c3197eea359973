package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.ui.practice.FeedbackText;
import org.junit.jupiter.api.Test;

/**
 * Calling a red flag the case does not hold costs points and is named (from review 28, finding 5): on the shipped
 * gluteal tendinopathy case a student who asked the whole screen and ticked cauda equina (an emergency), infection,
 * malignancy and fracture, while choosing "imaging not indicated", earned the full red-flag share, 40 / 40, and with
 * a screen not complete the over-called flags were not even mentioned.
 */
class ScorerOverCalledFlagsTest {
    private static final Set<String> OVERCALLED = Set.of("cauda_equina", "infection", "malignancy", "fracture");

    private static PracticeCase tendinopathy() {
        return new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(x -> x.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow();
    }

    private static Answer overcalled() {
        return new Answer(List.of("gluteal_tendinopathy"), Map.of(), OVERCALLED, "not_indicated", Set.of());
    }

    @Test
    void namingAnEmergencyTheCaseDoesNotHoldDoesNotEarnTheWholeFlagShare() {
        PracticeSession s = new PracticeSession(tendinopathy());
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> s.ask(d.id()));
        Feedback f = new Scorer(TestKnowledge.ENGINE).score(s, overcalled());
        assertTrue(f.flagPoints() < Scorer.FLAG_SHARE, "cauda equina, infection, malignancy and fracture called in a tendinopathy: "
                + f.flagPoints() + " / " + Scorer.FLAG_SHARE);
    }

    @Test
    void overCalledFlagsAreNamedInTheFeedbackEvenWithGapsInTheScreen() {
        PracticeSession s = new PracticeSession(tendinopathy());
        s.ask("redflag.saddle_anaesthesia");
        Feedback f = new Scorer(TestKnowledge.ENGINE).score(s, overcalled());
        String text = String.join("\n", new FeedbackText().lines(s, f));
        assertTrue(text.contains("cauda equina"), "the feedback says the student called cauda equina wrongly:\n" + text);
    }
    @Test
    void eachOverCalledFlagTakesItsCostOffTheShareAndTheFeedbackSaysHowMuch() {
        PracticeSession s = new PracticeSession(tendinopathy());
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> s.ask(d.id()));
        Feedback f = new Scorer(TestKnowledge.ENGINE).score(s, overcalled());
        assertEquals(List.of("cauda_equina", "fracture", "infection", "malignancy"), f.extraFlags());
        assertEquals(4 * Scorer.OVER_CALLED, f.overCalledCost());
        assertEquals(Scorer.FLAG_SHARE - 4 * Scorer.OVER_CALLED, f.flagPoints());
        String text = String.join("\n", new FeedbackText().lines(s, f));
        assertTrue(text.contains("OVER-CALLED: you named possible cauda equina syndrome, possible fracture"), text);
        assertTrue(text.contains(" and possible malignancy, which the case does not hold"), text);
        assertTrue(text.contains("which the case does not hold: -20 from the red-flag share"), text);
        assertTrue(text.contains("yet chose imaging not indicated"), text);
        assertFalse(text.contains("questions): good."), "a screen asked whole is not 'good' beside four flags called wrongly:\n" + text);
    }

    @Test
    void theCostIsFlooredAtNothingLeftToTakeOff() {
        PracticeSession s = new PracticeSession(tendinopathy());
        s.ask("redflag.saddle_anaesthesia");
        Feedback f = new Scorer(TestKnowledge.ENGINE).score(s, overcalled());
        assertEquals(0, f.flagPoints(), "a screen with gaps earns nothing, and the share never goes below 0");
        assertEquals(0, f.overCalledCost());
    }

    @Test
    void missingAFlagTheCaseHoldsCostsMoreThanCallingOneItDoesNotHold() {
        PracticeCase ces = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(x -> x.name().equals("cauda-equina-emergency")).findFirst().orElseThrow();
        for (boolean wholeScreen : List.of(true, false)) {
            PracticeSession s = new PracticeSession(ces);
            if (wholeScreen) {
                TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> s.ask(d.id()));
            } else {
                s.ask("redflag.saddle_anaesthesia");
                s.ask("redflag.bladder_bowel");
            }
            Scorer scorer = new Scorer(TestKnowledge.ENGINE);
            int calledWithAWrongOne = scorer.score(s, new Answer(List.of(), Map.of(), Set.of("cauda_equina", "fracture"), "urgent",
                    Set.of())).flagPoints();
            int missed = scorer.score(s, new Answer(List.of(), Map.of(), Set.of(), "urgent", Set.of())).flagPoints();
            assertTrue(calledWithAWrongOne > missed, "whole screen " + wholeScreen + ": cauda equina and fracture called "
                    + calledWithAWrongOne + ", nothing called " + missed);
        }
    }
}
