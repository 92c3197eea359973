package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 2: a fall recorded through the red-flag question "minor trauma" gives a 78-year-old woman's new
 * pain a soon fracture flag whose action says "make it urgent if ... there was a fall"; the same fall recorded as the
 * history's onset "trauma" is urgent. Osteoporosis is not asked, and is read as no.
 */
class Review35FallAtSeventyEightTest {

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
        assertEquals(asOnset.urgency(), asScreenAnswer.urgency(), "the fall answered on the red-flag screen gives '"
                + asScreenAnswer.urgency() + "' with the action: " + asScreenAnswer.action());
    }
}
