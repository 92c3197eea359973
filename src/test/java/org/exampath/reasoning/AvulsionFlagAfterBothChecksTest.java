package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;

/**
 * A pop after both checks are recorded absent keeps its own soon level (review 30, finding 3). Before: a hamstring pop at injury keeps the soon avulsion flag standing after the clinician has looked
 * for bruising and felt for a gap and recorded both absent. The flag's reason then still says "while bruising and a gap
 * are not both checked", and its action and the imaging reason still ask to look for bruising and feel for a gap "at
 * this visit": the banner, the note's plan and the imaging line ask for what the record shows was done.
 */
class AvulsionFlagAfterBothChecksTest {
    private static Exam popWithBothChecksNegative() {
        return Exams.of().patient(30, Sex.MALE)
                .yes("history.region.lower_medial_buttock", "history.region.posterior_thigh", "redflag.hamstring_pop")
                .is("history.onset", "sudden_injury")
                .no("observation.posterior_thigh_bruising", "observation.hamstring_gap").exam();
    }

    @Test
    void theStandingFlagDoesNotAskForTheChecksAlreadyRecorded() {
        Assessment a = TestKnowledge.ENGINE.assess(popWithBothChecksNegative());
        RedFlag flag = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        assertEquals("soon", flag.urgency());
        assertFalse(flag.action().startsWith("Look for bruising"), "action: " + flag.action());
        assertFalse(a.imaging().reason().contains("look for bruising"), "imaging: " + a.imaging().reason());
        assertFalse(flag.reason().contains("not both checked"), "reason: " + flag.reason());
        assertTrue(flag.action().contains("Review within a week"), "action: " + flag.action());
        assertTrue(a.imaging().reason().contains("no bruising and no gap found"), "imaging: " + a.imaging().reason());
    }

    @Test
    void theHamstringStretchTestsStillWaitUntilTheReview() {
        Assessment a = TestKnowledge.ENGINE.assess(popWithBothChecksNegative());
        RedFlag flag = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        List<String> waiting = List.of("provocation.puranen_orava", "provocation.bent_knee_stretch",
                "provocation.modified_bent_knee_stretch", "nerve.slr", "nerve.slump");
        assertTrue(flag.unsafeTests().containsAll(waiting), flag.unsafeTests().toString());
        assertTrue(a.nextTests().stream().noneMatch(t -> waiting.contains(t.finding())), a.nextTests().toString());
    }

    @Test
    void withOneCheckStillUnrecordedTheFlagAsksForIt() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(30, Sex.MALE).yes("redflag.hamstring_pop")
                .no("observation.posterior_thigh_bruising").exam());
        RedFlag flag = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        assertEquals("soon", flag.urgency());
        assertTrue(flag.action().startsWith("Look for bruising"), flag.action());
        assertTrue(flag.checks().contains("observation.hamstring_gap"), flag.checks().toString());
    }
}
