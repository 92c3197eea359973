package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 8: under an urgent fracture flag (78, long-term steroids, a fall) and the older-age and
 * minor-injury soon levels, repeated lumbar movements (ten end-range flexions or extensions at a time) wait for the
 * image with the other loading tests (evidence S2a: vertebral, sacral, pelvic insufficiency fractures). Without a
 * fracture flag they are still offered.
 */
class RepeatedLumbarMovementsUnderFractureTest {
    private static final String REPEATED = "provocation.lumbar_repeated_movement";

    private static List<String> next(Assessment a) {
        return a.nextTests().stream().map(NextTest::finding).toList();
    }

    @Test
    void repeatedLumbarMovementsWaitForTheImageUnderAnUrgentFractureFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(78, Sex.FEMALE)
                .yes("redflag.osteoporosis_or_steroids", "history.region.sacroiliac", "history.region.groin", "history.region.lateral_hip")
                .is("history.onset", "trauma").count("history.duration_weeks", 0).exam());
        RedFlag fracture = a.redFlags().get(0);
        assertEquals("fracture urgent", fracture.id() + " " + fracture.urgency());
        assertFalse(next(a).contains(REPEATED), "next tests " + next(a) + "; held back: " + fracture.unsafeTests());
        assertTrue(fracture.unsafeTests().contains(REPEATED));
    }

    @Test
    void theyWaitUnderTheSoonLevelsToo() {
        RedFlag olderWoman = fracture(Exams.of().patient(75, Sex.FEMALE).count("history.duration_weeks", 2));
        assertEquals("soon", olderWoman.urgency());
        assertTrue(olderWoman.unsafeTests().contains(REPEATED), "held back " + olderWoman.unsafeTests());
        RedFlag minorInjury = fracture(Exams.of().patient(55, Sex.MALE).yes("redflag.minor_trauma")
                .no("redflag.osteoporosis_or_steroids").count("history.duration_weeks", 2));
        assertEquals("soon", minorInjury.urgency());
        assertTrue(minorInjury.unsafeTests().contains(REPEATED), "held back " + minorInjury.unsafeTests());
    }

    @Test
    void withoutAFractureFlagTheyAreStillOffered() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(35, Sex.MALE).yes("history.region.deep_mid_buttock",
                "history.region.below_knee").is("history.onset", "gradual_no_cause").count("history.duration_weeks", 3)
                .no("redflag.osteoporosis_or_steroids", "redflag.minor_trauma", "redflag.major_trauma").exam());
        assertTrue(a.redFlags().stream().noneMatch(f -> f.id().equals("fracture")), "flags " + a.redFlags());
        assertFalse(TestKnowledge.ENGINE.assess(Exams.of().patient(35, Sex.MALE).exam()).redFlags().stream()
                .anyMatch(f -> f.unsafeTests().contains(REPEATED)));
    }

    private static RedFlag fracture(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).redFlags().stream().filter(f -> f.id().equals("fracture"))
                .findFirst().orElseThrow();
    }
}
