package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
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
        String text = String.join("\n", new org.exampath.ui.practice.FeedbackText().lines(s, f));
        assertTrue(text.contains("cauda equina"), "the feedback says the student called cauda equina wrongly:\n" + text);
    }
}
