package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;
import org.junit.jupiter.api.Test;

/**
 * What a raised flag's action asks for is checked next while unasked. A 68-year-old smoker whose buttock pain comes
 * after a set walking distance raised possible vascular claudication at soon, "check pulses", yet the foot pulses were
 * no check of it (no answer to them changes the level), so the next tests led with the slump (review 43).
 */
class RedFlagActionChecksTest {

    private static RedFlag vascular(Assessment a) {
        return a.redFlags().stream().filter(f -> f.id().equals("vascular_claudication")).findFirst()
                .orElseThrow(() -> new AssertionError("no vascular flag: " + a.redFlags()));
    }

    @Test
    void theFootPulsesTheActionNamesLeadTheNextTestsUntilFelt() {
        Exams smoker = Exams.of().patient(68, Sex.MALE).yes("history.aggravator.walking_distance", "redflag.vascular_risk_factors");
        Assessment before = TestKnowledge.ENGINE.assess(smoker.exam());
        RedFlag flag = vascular(before);
        assertEquals("soon", flag.urgency());
        assertTrue(flag.checks().contains("observation.pedal_pulses"), flag.checks().toString());
        assertEquals("observation.pedal_pulses", before.leadingChecks().stream()
                .filter(c -> c.flag().id().equals("vascular_claudication")).findFirst().orElseThrow().finding());
        Assessment felt = TestKnowledge.ENGINE.assess(smoker.is("observation.pedal_pulses", "normal").exam());
        assertFalse(vascular(felt).checks().contains("observation.pedal_pulses"), "recorded, it is no longer asked for");
    }

    /** Every shipped action check is a finding the level's own action words ask for, and none is a test it withholds. */
    @Test
    void everyShippedActionCheckIsOnANonEmergencyLevelAndSafe() {
        int counted = 0;
        for (RedFlagRule rule : TestKnowledge.SHIPPED.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                List<String> checks = level.actionChecks();
                counted += checks.size();
                for (String id : checks) {
                    assertTrue(TestKnowledge.SHIPPED.finding(id).isPresent(), rule.id() + ": " + id);
                    assertFalse(level.unsafeTests().contains(id), rule.id() + ": " + id);
                }
                assertTrue(checks.isEmpty() || level.urgency() != org.exampath.knowledge.Urgency.EMERGENCY, rule.id());
            }
        }
        assertTrue(counted >= 14, "the shipped actions name their checks: " + counted);
    }
}
