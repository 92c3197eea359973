package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 3: review 30's fix (an inconsistency's advice never asks to redo a test a raised flag marks unsafe)
 * was made for I2 and I3 only; I15 ("nerve signs without nerve symptoms") lists no tests, so under an urgent hamstring
 * avulsion flag that withholds the SLR and slump it still asks to re-check the SLR with a sensitising move.
 */
class Review39NerveSignAdviceUnderFlagTest {
    @Test
    void aPositiveSlrWithoutNerveSymptomsUnderAnAvulsionFlagIsNotToBeRechecked() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(30, Sex.MALE)
                .yes("history.region.lower_medial_buttock", "redflag.hamstring_pop", "observation.posterior_thigh_bruising")
                .no("history.quality.burning", "history.quality.tingling", "history.quality.electric",
                        "history.region.below_knee")
                .is("history.onset", "sudden_injury").is("nerve.slr", "positive").exam());
        RedFlag avulsion = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        assertTrue(avulsion.unsafeTests().contains("nerve.slr"), avulsion.unsafeTests().toString());
        Inconsistency i15 = a.inconsistencies().stream().filter(i -> i.id().equals("I15")).findFirst().orElseThrow();
        assertFalse(i15.suggestion().contains("sensitising move"),
                "under the hamstring avulsion flag (" + avulsion.urgency() + ") that withholds the SLR, I15 still advises: "
                        + i15.suggestion());
    }
}
