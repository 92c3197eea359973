package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Side;
import org.junit.jupiter.api.Test;

/**
 * Upper motor neurone signs of the neuro screen (UI review finding 4): each raises the progressive-deficit flag at
 * urgent with an MRI that covers the cord (evidence §3.2 "cord", ACR 2021, NICE); their normal answers raise nothing;
 * they are no cauda equina sign and carry no likelihood ratio.
 */
class UpperMotorNeuroneSignsTest {
    private static final String UMN_REASON = "An upper motor neurone sign";

    private static Assessment assess(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam());
    }

    private static Map<String, String> urgencies(Exams exams) {
        return assess(exams).redFlags().stream().collect(Collectors.toMap(RedFlag::id, RedFlag::urgency));
    }

    private static RedFlag deficit(Exams exams) {
        return assess(exams).redFlags().stream().filter(f -> f.id().equals("progressive_neuro_deficit")).findFirst()
                .orElseThrow(() -> new AssertionError("progressive_neuro_deficit not raised"));
    }

    private static List<String> inconsistencies(Exams exams) {
        return assess(exams).inconsistencies().stream().map(Inconsistency::id).toList();
    }

    @Test
    void briskReflexesRaiseTheDeficitFlagAtUrgentNamingTheSign() {
        RedFlag flag = deficit(Exams.of().yes("neuro.reflexes_brisk"));
        assertEquals("urgent", flag.urgency());
        assertEquals(List.of("neuro.reflexes_brisk"), flag.findings());
        assertTrue(flag.reason().startsWith(UMN_REASON), flag.reason());
        assertTrue(flag.action().contains("covers the spinal cord"), flag.action());
    }

    @Test
    void sustainedClonusRaisesTheDeficitFlagAtUrgent() {
        RedFlag flag = deficit(Exams.of().yes("neuro.clonus"));
        assertEquals("urgent", flag.urgency());
        assertEquals(List.of("neuro.clonus"), flag.findings());
        assertTrue(flag.reason().startsWith(UMN_REASON), flag.reason());
    }

    @Test
    void anExtensorPlantarRaisesTheDeficitFlagAtUrgent() {
        RedFlag flag = deficit(Exams.of().is("neuro.plantar", "extensor"));
        assertEquals("urgent", flag.urgency());
        assertEquals(List.of("neuro.plantar"), flag.findings());
        assertTrue(flag.reason().startsWith(UMN_REASON), flag.reason());
    }

    @Test
    void theNormalAnswersRaiseNothing() {
        assertEquals(Map.of(), urgencies(Exams.of().no("neuro.reflexes_brisk", "neuro.clonus").is("neuro.plantar", "flexor")));
        assertEquals(Map.of(), urgencies(Exams.of().is("neuro.plantar", "flexor")));
    }

    @Test
    void anEquivocalPlantarAsksForTheOtherSignsAtSoonAndClearsOnceTheyAreAbsent() {
        RedFlag flag = deficit(Exams.of().is("neuro.plantar", "equivocal"));
        assertEquals("soon", flag.urgency());
        // the unexamined signs it stands on come first, then what could raise it to a level above
        assertEquals(List.of("neuro.reflexes_brisk", "neuro.clonus"), flag.checks().subList(0, 2), flag.checks().toString());
        assertEquals("soon", deficit(Exams.of().is("neuro.plantar", "equivocal").no("neuro.reflexes_brisk")).urgency(),
                "clonus still unexamined");
        assertEquals(Map.of(), urgencies(Exams.of().is("neuro.plantar", "equivocal").no("neuro.reflexes_brisk", "neuro.clonus")));
        assertEquals("urgent", deficit(Exams.of().is("neuro.plantar", "equivocal").yes("neuro.clonus")).urgency());
    }

    @Test
    void aWeakMyotomeWhoseCourseIsUnaskedListsTheSignsAmongItsChecks() {
        RedFlag flag = deficit(Exams.of().is("neuro.myotome.L5", "weak"));
        assertEquals("soon", flag.urgency());
        assertTrue(flag.checks().containsAll(List.of("neuro.reflexes_brisk", "neuro.clonus", "neuro.plantar")), flag.checks().toString());
    }

    @Test
    void theImagingGateAsksForAnMriThatCoversTheCord() {
        ImagingDecision imaging = assess(Exams.of().yes("neuro.clonus")).imaging();
        assertEquals("urgent", imaging.recommendation());
        assertTrue(imaging.reason().contains("covers the cord"), imaging.reason());
        assertFalse(assess(Exams.of().no("neuro.clonus")).imaging().reason().contains("cord"));
    }

    @Test
    void aBriskReflexIsNoRootDeficitForTheCaudaEquinaBothLegsReading() {
        // a side recorded as both with a root deficit counts as both legs; a brisk reflex is not reduced, so it does not
        Exams brisk = Exams.of().side(Side.BILATERAL).yes("neuro.reflexes_brisk");
        assertFalse(urgencies(brisk).containsKey("cauda_equina"), urgencies(brisk).toString());
        Exams reduced = Exams.of().side(Side.BILATERAL).is("neuro.reflex.ankle", "reduced");
        assertEquals("urgent", urgencies(reduced).get("cauda_equina"));
        // symptoms in both legs with a brisk reflex, new: the cauda equina emergency reads root signs only
        Exams bothLegs = Exams.of().yes("redflag.bilateral_leg_symptoms", "neuro.reflexes_brisk").count("history.duration_weeks", 2)
                .no("redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.sexual_dysfunction_new",
                        "redflag.progressive_weakness", "redflag.progressive_numbness")
                .is("neuro.sensation.saddle", "normal");
        assertEquals(Map.of("cauda_equina", "urgent", "progressive_neuro_deficit", "urgent"), urgencies(bothLegs));
    }

    @Test
    void weaknessBesideAnUpperMotorNeuroneSignIsNotCalledUnexplained() {
        Exams normalScreen = Exams.of().strength("strength.hip_abduction", 3, "none").is("neuro.myotome.L4", "normal")
                .is("neuro.myotome.L5", "normal").is("neuro.myotome.S1", "normal");
        assertEquals(List.of("I3"), inconsistencies(normalScreen));
        assertEquals(List.of(), inconsistencies(normalScreen.is("neuro.plantar", "extensor")));
    }

    @Test
    void briskReflexesWithBothReflexesGradedNormalAreNamed() {
        Inconsistency i = assess(Exams.of().yes("neuro.reflexes_brisk").is("neuro.reflex.knee", "normal")
                .is("neuro.reflex.ankle", "normal")).inconsistencies().get(0);
        assertEquals("I17", i.id());
        assertEquals(List.of("neuro.reflex.ankle", "neuro.reflex.knee", "neuro.reflexes_brisk"),
                i.findings().stream().sorted().toList());
        assertEquals(List.of(), inconsistencies(Exams.of().yes("neuro.reflexes_brisk").is("neuro.reflex.knee", "normal")),
                "the ankle may be the brisk one");
        assertEquals(List.of(), inconsistencies(Exams.of().no("neuro.reflexes_brisk").is("neuro.reflex.knee", "normal")
                .is("neuro.reflex.ankle", "normal")));
    }

    @Test
    void noSignMovesAnyProbability() {
        Assessment none = assess(Exams.of());
        for (Exams sign : List.of(Exams.of().yes("neuro.reflexes_brisk"), Exams.of().yes("neuro.clonus"),
                Exams.of().is("neuro.plantar", "extensor"), Exams.of().is("neuro.plantar", "equivocal"),
                Exams.of().is("neuro.plantar", "flexor"), Exams.of().no("neuro.reflexes_brisk", "neuro.clonus"))) {
            Assessment a = assess(sign);
            for (int h = 0; h < none.hypotheses().size(); h++) {
                assertEquals(none.hypotheses().get(h).probability(), a.hypotheses().get(h).probability(), 1e-12,
                        none.hypotheses().get(h).id());
            }
        }
        TestKnowledge.SHIPPED.rows().forEach(r -> assertFalse(List.of("neuro.reflexes_brisk", "neuro.clonus", "neuro.plantar")
                .contains(r.finding()), "no likelihood ratio for " + r.finding()));
    }
}
