package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 1: an infection risk factor with a neurological deficit raises the infection flag at urgent
 * without fever or new or severe pain, since the classic triad is present in about one in ten and fever in a third
 * to a half (evidence S3, §3.2). A deficit without a risk factor, or a risk factor alone with long-standing moderate
 * pain, does not.
 */
class InfectionRiskFactorWithDeficitTest {

    /** 8 weeks of pain at 5/10, no fever: neither new nor severe. */
    private static Exams longStandingModeratePain() {
        return Exams.of().patient(34, Sex.MALE).no("redflag.fever_or_unwell").count("history.duration_weeks", 8)
                .count("history.nrs_now", 5).count("history.nrs_worst", 5).no("redflag.constant_severe_pain");
    }

    private static Optional<RedFlag> infection(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).redFlags().stream().filter(f -> f.id().equals("infection")).findFirst();
    }

    @Test
    void anInjectingDrugUserWithANewFootWeaknessAndNoFeverHasTheInfectionFlagRaised() {
        Assessment a = TestKnowledge.ENGINE.assess(longStandingModeratePain().yes("redflag.iv_drug_use")
                .is("neuro.myotome.L5", "weak").exam());
        List<String> raised = a.redFlags().stream().map(f -> f.id() + " (" + f.urgency() + ")").toList();
        assertTrue(raised.contains("infection (urgent)"),
                "a risk factor with a neurological deficit and no fever raises the infection flag at urgent; raised: " + raised);
    }

    @Test
    void eachRiskFactorWithAReflexOrSensoryDeficitIsUrgent() {
        for (String risk : List.of("redflag.iv_drug_use", "redflag.immunosuppressed", "redflag.diabetes",
                "redflag.recent_infection", "redflag.recent_spinal_procedure")) {
            assertEquals("urgent", infection(longStandingModeratePain().yes(risk).is("neuro.reflex.ankle", "absent"))
                    .map(RedFlag::urgency).orElse("none"), risk + " with an absent ankle reflex");
            assertEquals("urgent", infection(longStandingModeratePain().yes(risk).is("neuro.sensation.L4", "reduced"))
                    .map(RedFlag::urgency).orElse("none"), risk + " with reduced L4 sensation");
        }
    }

    @Test
    void aDeficitWithoutARiskFactorOrFeverRaisesNoInfectionFlag() {
        assertTrue(infection(longStandingModeratePain().no("redflag.iv_drug_use", "redflag.immunosuppressed",
                "redflag.diabetes", "redflag.recent_infection", "redflag.recent_spinal_procedure")
                .is("neuro.myotome.L5", "weak")).isEmpty());
    }

    @Test
    void aRiskFactorWithLongStandingModeratePainAndNoDeficitRaisesNoInfectionFlag() {
        assertTrue(infection(longStandingModeratePain().yes("redflag.diabetes").is("neuro.myotome.L4", "normal")
                .is("neuro.myotome.L5", "normal").is("neuro.myotome.S1", "normal")).isEmpty());
    }

    @Test
    void theUrgentReasonNamesTheDeficitWithoutFever() {
        RedFlag flag = infection(longStandingModeratePain().yes("redflag.diabetes").is("neuro.myotome.S1", "weak")).orElseThrow();
        assertTrue(flag.reason().contains("a risk factor with a neurological deficit, with or without fever"), flag.reason());
        assertTrue(flag.findings().containsAll(List.of("redflag.diabetes", "neuro.myotome.S1")), "findings " + flag.findings());
    }
}
