package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.junit.jupiter.api.Test;

/**
 * The engine's path a student is marked against follows the panel's next tests: a raised flag's checks lead
 * (bruising at the back of the thigh for a possible hamstring avulsion, the foot pulses for a possible
 * vascular claudication), then the tests by expected gain.
 */
class ScorerRedFlagChecksOnThePathTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    private static PracticeCase shipped(String name) {
        return new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The case with its vascular risk factors and foot pulses left out, so that neither is known before the test: the
     * shipped case holds both (review 43: the screen answers a question the case leaves out "no", and the vignette's
     * smoker must not hear that).
     */
    private static PracticeCase withoutRiskFactorsOrPulses(PracticeCase c) {
        java.util.Map<String, org.exampath.domain.FindingValue> findings = new java.util.TreeMap<>(c.exam().findings());
        findings.remove("redflag.vascular_risk_factors");
        findings.remove("observation.pedal_pulses");
        return new PracticeCase(c.name(), c.title(), c.vignette(), c.teachingPoints(),
                new org.exampath.domain.Exam(c.exam().patient(), c.exam().side(), findings), c.expect());
    }

    /** The whole history and screen taken, then one test. */
    private Feedback historyThenOneTest(PracticeCase c, String test) {
        PracticeSession session = new PracticeSession(c);
        TestKnowledge.SHIPPED.findingsOfStep("history").forEach(d -> session.ask(d.id()));
        TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> session.ask(d.id()));
        session.ask(test);
        return scorer.score(session, new Answer(List.of("proximal_hamstring_tendinopathy"), Map.of(),
                new TreeSet<>(c.expect().redFlags()), "urgent", Set.of()));
    }

    @Test
    void lookingForBruisingAfterAPopAtTheBackOfTheThighIsTheEnginesFirstTest() {
        Feedback f = historyThenOneTest(shipped("hamstring-pop-water-skier"), "observation.posterior_thigh_bruising");
        assertEquals(List.of("observation.posterior_thigh_bruising"), f.enginePath(), "the avulsion flag's own check comes first");
        assertEquals(List.of("observation.posterior_thigh_bruising"), f.onPath());
    }

    @Test
    void feelingTheFootPulsesOfAWalkerWithButtockCrampIsOnTheEnginesPath() {
        Feedback f = historyThenOneTest(withoutRiskFactorsOrPulses(shipped("walking-buttock-cramp")), "observation.pedal_pulses");
        assertEquals(List.of("observation.pedal_pulses"), f.enginePath(),
                "the vascular flag's physical check leads (its other check is a history question, not a test)");
    }
}
