package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 4: a fall answered on the red-flag screen ("minor trauma") counts in the fracture flag's urgent
 * branches as an onset recorded as trauma does, and an unasked osteoporosis question is not read as no in the
 * constellation; the soon action never asks to escalate on a fall already recorded. The last soon level (a minor
 * injury at 50 or over, knowledge 2026.12.15) is kept.
 */
class FractureFallOnTheScreenTest {

    private static RedFlag fracture(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).redFlags().stream().filter(f -> f.id().equals("fracture"))
                .findFirst().orElseThrow();
    }

    @Test
    void aFallFromStandingAtSeventyEightIsAsUrgentAsTheSameFallRecordedAsTheOnset() {
        RedFlag asOnset = fracture(Exams.of().patient(78, Sex.FEMALE).is("history.onset", "trauma")
                .count("history.duration_weeks", 1));
        RedFlag asScreenAnswer = fracture(Exams.of().patient(78, Sex.FEMALE).yes("redflag.minor_trauma")
                .count("history.duration_weeks", 1));
        assertEquals("urgent", asOnset.urgency());
        assertEquals(asOnset.urgency(), asScreenAnswer.urgency(), "the fall answered on the red-flag screen gives '"
                + asScreenAnswer.urgency() + "' with the action: " + asScreenAnswer.action());
    }

    @Test
    void aFallAtSeventyInAManIsUrgentAndAtSixtyNineItIsSoon() {
        assertEquals("urgent", fracture(Exams.of().patient(70, Sex.MALE).yes("redflag.minor_trauma")
                .no("redflag.osteoporosis_or_steroids")).urgency());
        RedFlag at69 = fracture(Exams.of().patient(69, Sex.MALE).yes("redflag.minor_trauma")
                .no("redflag.osteoporosis_or_steroids"));
        assertEquals("soon", at69.urgency(), "the minor-injury level at 50 or over is kept");
    }

    @Test
    void aLongStandingPainAfterAnOldFallIsNotUrgent() {
        RedFlag flag = TestKnowledge.ENGINE.assess(Exams.of().patient(78, Sex.FEMALE).yes("redflag.minor_trauma")
                .no("redflag.osteoporosis_or_steroids").count("history.duration_weeks", 30).exam()).redFlags().stream()
                .filter(f -> f.id().equals("fracture")).findFirst().orElse(null);
        assertTrue(flag == null || !flag.urgency().equals("urgent"), "30 weeks is long-standing: " + flag);
    }

    @Test
    void anUnaskedOsteoporosisQuestionCountsInTheConstellationButIsNotAnUrgentFeatureByItself() {
        Exams fallAtSixty = Exams.of().patient(60, Sex.FEMALE).yes("redflag.minor_trauma").count("history.duration_weeks", 1);
        RedFlag unasked = fracture(fallAtSixty);
        assertEquals("soon", unasked.urgency(), "no urgent feature recorded");
        assertTrue(unasked.checks().contains("redflag.osteoporosis_or_steroids"), "checks " + unasked.checks());
        assertFalse(unasked.action().contains("there was a fall"), unasked.action());
        assertEquals("urgent", fracture(fallAtSixty.yes("redflag.new_inability_to_bear_weight")).urgency(),
                "female, and a fall with osteoporosis not asked, with an urgent feature");
        assertEquals("soon", fracture(fallAtSixty.yes("redflag.new_inability_to_bear_weight")
                .no("redflag.osteoporosis_or_steroids")).urgency(), "osteoporosis answered no: one item only");
    }

    @Test
    void theOlderWomanLevelNoLongerAsksToEscalateOnAFall() {
        RedFlag flag = fracture(Exams.of().patient(75, Sex.FEMALE).count("history.duration_weeks", 2));
        assertEquals("soon", flag.urgency());
        assertTrue(flag.action().endsWith("or a fall or other injury comes to light."), flag.action());
    }
}
