package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 7: a foot drop or other marked weakness (grade 3 or less) can be recorded
 * ({@code neuro.marked_weakness}) and raises the progressive-deficit flag at urgent, growing or not (evidence §3.2:
 * a severe motor deficit, for example foot drop); a weak myotome whose severity is not recorded keeps the flag at
 * soon with that question as its check.
 */
class FootDropTest {

    private static Exams weakAnkleNotGrowing() {
        return Exams.of().patient(44, Sex.MALE).is("neuro.myotome.L4", "weak").no("redflag.progressive_weakness")
                .yes("history.region.below_knee").count("history.duration_weeks", 1);
    }

    private static Optional<RedFlag> deficit(Assessment a) {
        return a.redFlags().stream().filter(f -> f.id().equals("progressive_neuro_deficit")).findFirst();
    }

    @Test
    void whileTheCourseOfAWeakAnkleIsUnaskedTheFlagAsksHowWeakAsWell() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.MALE).is("neuro.myotome.L5", "weak").exam());
        RedFlag flag = deficit(a).orElseThrow(() -> new AssertionError("ankle dorsiflexion weak, course unasked; flags raised: "
                + a.redFlags().stream().map(f -> f.id() + " (" + f.urgency() + ")").toList()));
        assertEquals("soon", flag.urgency());
        assertTrue(flag.checks().containsAll(java.util.List.of("redflag.progressive_weakness", "neuro.marked_weakness")),
                "the course and how weak are both asked: " + flag.checks());
        assertTrue(a.imaging().reason().contains("record whether it is marked"), a.imaging().reason());
    }

    /**
     * A weak root answered not growing clears the flag even while how weak it is was not recorded: the exam file's own
     * catalogue has no such item, so a file written to it could never clear a flag raised for it (the worked radicular
     * case, one weak root, not growing, expects no red flag).
     */
    @Test
    void aWeakAnkleAnsweredNotGrowingRaisesNothingUntilItIsRecordedMarked() {
        assertTrue(deficit(TestKnowledge.ENGINE.assess(weakAnkleNotGrowing().exam())).isEmpty());
        assertEquals("urgent", deficit(TestKnowledge.ENGINE.assess(weakAnkleNotGrowing().yes("neuro.marked_weakness").exam()))
                .map(RedFlag::urgency).orElse("none"));
    }

    @Test
    void aFootDropIsUrgentWhetherOrNotItIsGrowing() {
        RedFlag flag = deficit(TestKnowledge.ENGINE.assess(weakAnkleNotGrowing().yes("neuro.marked_weakness").exam())).orElseThrow();
        assertEquals("urgent", flag.urgency());
        assertTrue(flag.reason().contains("foot drop"), flag.reason());
        assertTrue(flag.findings().contains("neuro.marked_weakness"), "findings " + flag.findings());
        Assessment unasked = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.MALE).yes("neuro.marked_weakness").exam());
        assertEquals("urgent", deficit(unasked).map(RedFlag::urgency).orElse("none"), "the progression question unasked");
        assertEquals("urgent", unasked.imaging().recommendation());
    }

    @Test
    void aMildWeaknessThatIsNotGrowingClearsAsBefore() {
        assertFalse(deficit(TestKnowledge.ENGINE.assess(weakAnkleNotGrowing().no("neuro.marked_weakness").exam())).isPresent());
    }

    @Test
    void aWeaknessOfUnknownCourseButNotMarkedStillAsksWhetherItIsGrowing() {
        RedFlag flag = deficit(TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.MALE).is("neuro.myotome.L5", "weak")
                .no("neuro.marked_weakness").exam())).orElseThrow();
        assertEquals("soon", flag.urgency());
        assertTrue(flag.checks().contains("redflag.progressive_weakness"), "checks " + flag.checks());
    }

    @Test
    void aFootDropThatWasNotThereAtTheLastVisitIsGrowing() {
        Exam last = weakAnkleNotGrowing().no("neuro.marked_weakness").exam();
        Exam today = weakAnkleNotGrowing().yes("neuro.marked_weakness").exam();
        assertEquals(Map.of("redflag.progressive_weakness", List.of("neuro.marked_weakness")),
                new FollowUp(TestKnowledge.SHIPPED).progression(last, today));
    }
}
