package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * An inconsistency's advice never asks to repeat a test a raised flag marks unsafe (review 30, finding 6). Before: an inconsistency's advice asks to repeat a test that a raised red flag marks unsafe. The rule's
 * {@code tests} (what picks {@code suggestionWhileUnsafe}) list only the extra tests it suggests, not the test it asks
 * to repeat, so the "while unsafe" wording still says "Repeat the test" (a resisted hip test, under an urgent fracture
 * flag that withholds resisted hip tests) or "check … that a sensitising move changed it" (the SLR and slump, under an
 * urgent hamstring avulsion flag that withholds both).
 */
class InconsistencyAdviceUnderFlagTest {
    private static Inconsistency only(Assessment a, String id) {
        return a.inconsistencies().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void painlessWeaknessUnderAnUrgentFractureFlagIsNotToBeRetested() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(75, Sex.FEMALE)
                .yes("history.region.deep_mid_buttock", "redflag.osteoporosis_or_steroids").count("history.duration_weeks", 2)
                .strength("strength.hip_abduction", 2, "none")
                .is("neuro.myotome.L4", "normal").is("neuro.myotome.L5", "normal").is("neuro.myotome.S1", "normal").exam());
        RedFlag fracture = a.redFlags().stream().filter(f -> f.id().equals("fracture")).findFirst().orElseThrow();
        assertTrue(fracture.unsafeTests().contains("strength.hip_abduction"), fracture.unsafeTests().toString());
        String advice = only(a, "I3").suggestion();
        assertFalse(advice.startsWith("Repeat the test"), advice);
        assertTrue(advice.startsWith("Not now: repeating the resisted test") && advice.contains("repeat myotomes and reflexes"), advice);
    }

    @Test
    void slrAndSlumpDisagreeingUnderAnUrgentAvulsionFlagAreNotToBeRedone() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(30, Sex.MALE)
                .yes("history.region.lower_medial_buttock", "redflag.hamstring_pop", "observation.posterior_thigh_bruising")
                .is("history.onset", "sudden_injury").is("nerve.slr", "positive").is("nerve.slump", "negative").exam());
        RedFlag avulsion = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        assertTrue(avulsion.unsafeTests().contains("nerve.slr") && avulsion.unsafeTests().contains("nerve.slump"));
        String advice = only(a, "I2").suggestion();
        assertFalse(advice.contains("sensitising move changed it"), advice);
        assertTrue(advice.startsWith("Not now: repeating the SLR or the slump"), advice);
    }

    @Test
    void withoutAFlagTheAdviceStillAsksToRepeatTheTest() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(35, Sex.MALE).yes("history.region.lateral_hip")
                .no("redflag.major_trauma", "redflag.minor_trauma", "redflag.contusion").is("history.onset", "gradual_no_cause")
                .count("history.duration_weeks", 26)
                .strength("strength.hip_abduction", 2, "none")
                .is("neuro.myotome.L4", "normal").is("neuro.myotome.L5", "normal").is("neuro.myotome.S1", "normal").exam());
        assertTrue(a.redFlags().stream().noneMatch(RedFlag::serious), a.redFlags().toString());
        assertTrue(only(a, "I3").suggestion().startsWith("Repeat the test"), only(a, "I3").suggestion());
    }
}
