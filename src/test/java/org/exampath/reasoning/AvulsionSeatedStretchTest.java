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
 * Review 35, finding 3: while a hamstring avulsion may be urgent, the seated piriformis stretch (seated, hip at 90°
 * and knee straight) waits with the straight-leg raise and the slump, which take the hip into flexion with the knee
 * straight, the injury position; the advice that asks for it (I1) says so instead.
 */
class AvulsionSeatedStretchTest {

    private static Exams pop() {
        return Exams.of().patient(35, Sex.MALE).yes("redflag.hamstring_pop", "history.region.deep_mid_buttock",
                "history.aggravator.sitting", "history.quality.burning").is("history.onset", "sudden_injury")
                .is("palpation.sciatic_notch", "familiar");
    }

    private static RedFlag avulsion(Assessment a) {
        return a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
    }

    @Test
    void theSeatedPiriformisStretchIsNotOfferedAfterAHamstringPop() {
        Assessment a = TestKnowledge.ENGINE.assess(pop().exam());
        RedFlag flag = avulsion(a);
        List<String> next = a.nextTests().stream().map(NextTest::finding).toList();
        assertFalse(next.contains("nerve.seated_piriformis_stretch"), "next tests " + next + " while the avulsion flag ("
                + flag.urgency() + ") holds back " + flag.unsafeTests());
        assertTrue(flag.unsafeTests().contains("nerve.seated_piriformis_stretch"), "held back " + flag.unsafeTests());
        assertTrue(next.contains("nerve.active_piriformis"), "the active piriformis test is not in the injury position: " + next);
    }

    @Test
    void itStillWaitsWithBothSignsRecordedAbsent() {
        RedFlag flag = avulsion(TestKnowledge.ENGINE.assess(pop().no("observation.posterior_thigh_bruising",
                "observation.hamstring_gap").exam()));
        assertEquals("soon", flag.urgency());
        assertTrue(flag.unsafeTests().contains("nerve.seated_piriformis_stretch"), "held back " + flag.unsafeTests());
    }

    @Test
    void theNerveAdviceDoesNotAskForTheStretchUnderTheFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(pop().is("nerve.slr", "negative").is("nerve.slump", "negative").exam());
        Inconsistency i1 = a.inconsistencies().stream().filter(i -> i.id().equals("I1")).findFirst().orElseThrow();
        assertTrue(i1.suggestion().contains("Not now: the seated piriformis stretch"), i1.suggestion());
    }

    @Test
    void withoutAFlagTheNerveAdviceStillNamesTheStretch() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(35, Sex.MALE).yes("history.quality.burning",
                "history.region.deep_mid_buttock").is("history.onset", "gradual_no_cause").is("nerve.slr", "negative")
                .is("nerve.slump", "negative").exam());
        assertTrue(a.redFlags().stream().noneMatch(f -> f.id().equals("hamstring_avulsion")), "flags " + a.redFlags());
        Inconsistency i1 = a.inconsistencies().stream().filter(i -> i.id().equals("I1")).findFirst().orElseThrow();
        assertTrue(i1.suggestion().contains("run the deep gluteal tests (seated piriformis stretch"), i1.suggestion());
    }
}
