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
 * The red-flag screen comes before any test (from review 28, finding 3): in the shipped cauda equina case a student
 * who asks no screening question and goes straight to nerve tests was told "Slump: on the engine's path" and earned
 * test points, because the path was built from their own history, which left out the questions that show the
 * emergency. With the screen asked the engine does no test at all here (it acts on the emergency).
 */
class ScorerScreenBeforeTestsTest {
    private static PracticeSession straightToNerveTests() {
        PracticeCase c = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(x -> x.name().equals("cauda-equina-emergency")).findFirst().orElseThrow();
        PracticeSession s = new PracticeSession(c);
        for (String id : List.of("history.region.low_back", "history.region.posterior_thigh", "nerve.slr", "nerve.slump")) {
            s.ask(id);
        }
        return s;
    }

    private static Feedback score(PracticeSession s) {
        return new Scorer(TestKnowledge.ENGINE).score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of(),
                "not_indicated", Set.of()));
    }

    @Test
    void theFeedbackSaysTheTestsCameBeforeTheScreenAndNeverPraisesThem() {
        PracticeSession s = straightToNerveTests();
        String text = String.join("\n", new FeedbackText().lines(s, score(s)));
        assertFalse(text.contains("on the engine's path"), text);
        assertTrue(text.contains("Your tests (2), done before the red-flag screen: none is on the path"), text);
        assertTrue(text.contains("Slump: not on the path: done before the screen."), text);
        assertTrue(text.contains("Before any test, the engine would have asked"), text);
    }

    @Test
    void testsThatSkippedTheScreenOfAnEmergencyAreNotOnTheEnginesPath() {
        PracticeSession s = straightToNerveTests();
        Feedback f = score(s);
        assertEquals(List.of(), f.verdicts().stream().filter(TestVerdict::onPath).map(TestVerdict::finding).toList(),
                "no test done before the screen of a cauda equina emergency is on the engine's path");
        assertEquals(0, f.score(), "no flag, no working diagnosis, wrong imaging: nothing is earned for testing past the screen");
    }
}
