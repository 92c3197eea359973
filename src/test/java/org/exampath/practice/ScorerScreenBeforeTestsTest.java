package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.junit.jupiter.api.Test;

/**
 * The red-flag screen comes before any test (from review 28, finding 3): in the shipped cauda equina case a student
 * who asks no screening question and goes straight to nerve tests was told "Slump: on the engine's path" and earned
 * test points, because the path was built from their own history, which left out the questions that show the
 * emergency. With the screen asked the engine does no test at all here (it acts on the emergency).
 */
class ScorerScreenBeforeTestsTest {
    @Test
    void testsThatSkippedTheScreenOfAnEmergencyAreNotOnTheEnginesPath() {
        PracticeCase c = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(x -> x.name().equals("cauda-equina-emergency")).findFirst().orElseThrow();
        PracticeSession s = new PracticeSession(c);
        for (String id : List.of("history.region.low_back", "history.region.posterior_thigh", "nerve.slr", "nerve.slump")) {
            s.ask(id);
        }
        Feedback f = new Scorer(TestKnowledge.ENGINE).score(s, new Answer(List.of("lumbar_radicular"), Map.of(), Set.of(),
                "not_indicated", Set.of()));
        assertEquals(List.of(), f.verdicts().stream().filter(TestVerdict::onPath).map(TestVerdict::finding).toList(),
                "no test done before the screen of a cauda equina emergency is on the engine's path");
        assertEquals(0, f.score(), "no flag, no working diagnosis, wrong imaging: nothing is earned for testing past the screen");
    }
}
