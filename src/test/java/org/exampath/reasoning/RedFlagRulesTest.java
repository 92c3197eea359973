package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/** Each red-flag rule: what raises it, what alone does not, and that no probability can hide it. */
class RedFlagRulesTest {

    private static List<String> flags(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).redFlags().stream().map(RedFlag::id).toList();
    }

    @Test
    void saddleNumbnessAloneIsACaudaEquinaEmergency() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.saddle_anaesthesia").exam());
        assertEquals("cauda_equina", a.redFlags().get(0).id());
        assertEquals("emergency", a.redFlags().get(0).urgency());
        assertEquals(List.of("redflag.saddle_anaesthesia"), a.redFlags().get(0).findings());
        assertEquals("urgent", a.imaging().recommendation());
    }

    @Test
    void bilateralLegSymptomsRaiseCaudaEquinaOnlyWithNeurologicalChange() {
        assertEquals(List.of(), flags(Exams.of().yes("redflag.bilateral_leg_symptoms")));
        assertTrue(flags(Exams.of().yes("redflag.bilateral_leg_symptoms").is("neuro.myotome.L5", "weak")).contains("cauda_equina"));
    }

    @Test
    void bladderOrReducedSaddleSensationRaiseCaudaEquina() {
        assertEquals(List.of("cauda_equina"), flags(Exams.of().yes("redflag.bladder_bowel_change")));
        assertEquals(List.of("cauda_equina"), flags(Exams.of().is("neuro.sensation.saddle", "reduced")));
    }

    @Test
    void growingWeaknessIsUrgent() {
        assertEquals(List.of("progressive_neuro_deficit"), flags(Exams.of().yes("redflag.progressive_weakness")));
        assertEquals(List.of("progressive_neuro_deficit"), flags(Exams.of().yes("redflag.progressive_numbness")));
    }

    @Test
    void cancerHistoryRaisesMalignancyButNightPainAloneDoesNot() {
        assertEquals(List.of("malignancy"), flags(Exams.of().yes("redflag.cancer_history")));
        assertEquals(List.of(), flags(Exams.of().yes("redflag.night_pain_unrelieved")));
        assertEquals(List.of(), flags(Exams.of().patient(72, Sex.MALE).count("history.duration_weeks", 12)));
        assertEquals(List.of("malignancy"), flags(Exams.of().patient(72, Sex.MALE).yes("redflag.unexplained_weight_loss")));
    }

    @Test
    void infectionNeedsFeverWithARiskFactorOrTwoRiskFactors() {
        assertEquals(List.of(), flags(Exams.of().yes("redflag.fever_or_unwell")));
        assertEquals(List.of("infection"), flags(Exams.of().yes("redflag.fever_or_unwell", "redflag.iv_drug_use")));
        assertEquals(List.of("infection"), flags(Exams.of().yes("redflag.immunosuppressed", "redflag.recent_infection")));
    }

    @Test
    void fractureFromTraumaSteroidsWithAgeOrARunnersStressPattern() {
        assertEquals(List.of("fracture"), flags(Exams.of().yes("redflag.major_trauma")));
        assertEquals(List.of(), flags(Exams.of().patient(75, Sex.FEMALE)));
        assertEquals(List.of("fracture"), flags(Exams.of().patient(75, Sex.MALE).yes("redflag.osteoporosis_or_steroids")));
        assertEquals(List.of("fracture"), flags(Exams.of().yes("redflag.energy_deficiency").is("provocation.hop_test", "positive")));
        assertEquals(List.of(), flags(Exams.of().yes("history.aggravator.running").is("history.onset", "load_increase")));
    }

    @Test
    void walkingDistancePainAsksForAVascularCheckSoon() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("history.aggravator.walking_distance").exam());
        assertEquals("vascular_claudication", a.redFlags().get(0).id());
        assertEquals("soon", a.redFlags().get(0).urgency());
        assertEquals("if_no_progress", a.imaging().recommendation());
    }

    @Test
    void inflammatoryPatternNeedsMorningStiffnessAndTwoFeatures() {
        assertEquals(List.of(), flags(Exams.of().yes("history.morning_stiffness_over_30min")));
        assertEquals(List.of("inflammatory_arthritis"), flags(Exams.of().patient(28, Sex.MALE)
                .yes("history.morning_stiffness_over_30min", "history.warm_up_eases")));
    }

    @Test
    void noProbabilityOutweighsARedFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("history.region.lateral_hip", "history.aggravator.side_lying",
                "redflag.cancer_history").is("provocation.single_leg_stance_30s", "positive")
                .strength("strength.resisted_external_derotation", 4, "familiar").exam());
        assertEquals("gluteal_tendinopathy", a.leading().id());
        assertTrue(a.leading().probability() > 0.7);
        assertEquals("malignancy", a.redFlags().get(0).id());
        assertEquals("urgent", a.imaging().recommendation());
    }
}
