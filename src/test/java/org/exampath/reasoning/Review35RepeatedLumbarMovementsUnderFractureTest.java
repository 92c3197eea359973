package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 8: under an urgent fracture flag (78, long-term steroids, a fall two days ago) the resisted hip
 * tests, the stands and the sacroiliac thrusts wait for the image, yet the next tests offer repeated lumbar movements
 * (ten end-range flexions or extensions at a time, standing or lying) on a spine and sacrum that may hold an
 * insufficiency fracture (evidence S2a: vertebral, sacral, pelvic).
 */
class Review35RepeatedLumbarMovementsUnderFractureTest {

    @Test
    void repeatedLumbarMovementsWaitForTheImageUnderAnUrgentFractureFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(78, Sex.FEMALE)
                .yes("redflag.osteoporosis_or_steroids", "history.region.sacroiliac", "history.region.groin", "history.region.lateral_hip")
                .is("history.onset", "trauma").count("history.duration_weeks", 0).exam());
        RedFlag fracture = a.redFlags().get(0);
        assertEquals("fracture urgent", fracture.id() + " " + fracture.urgency());
        List<String> next = a.nextTests().stream().map(NextTest::finding).toList();
        assertFalse(next.contains("provocation.lumbar_repeated_movement"), "next tests " + next + "; held back: " + fracture.unsafeTests());
    }
}
