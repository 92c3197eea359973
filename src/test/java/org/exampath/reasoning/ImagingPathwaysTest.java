package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each red flag's imaging advice cites that flag's own sources (imaging.json, evidence §3.2 and §4): an exam that
 * raises the flag alone gets the flag's recommendation, a reason that names its pathway, and its sources only.
 */
class ImagingPathwaysTest {

    static Stream<Arguments> pathways() {
        return Stream.of(
                Arguments.of("cauda_equina", "emergency", Exams.of().yes("redflag.saddle_anaesthesia"), "urgent",
                        "For a possible cauda equina syndrome: emergency MRI", List.of("girft2023", "acr_lbp2021", "nice_ng59", "finucane2020")),
                Arguments.of("cauda_equina", "urgent", Exams.of().yes("redflag.bilateral_leg_symptoms"), "urgent",
                        "For symptoms in both legs (possible cauda equina syndrome)", List.of("girft2023", "acr_lbp2021", "finucane2020")),
                Arguments.of("progressive_neuro_deficit", "urgent", Exams.of().yes("redflag.progressive_weakness"), "urgent",
                        "For a progressive or severe neurological deficit", List.of("acr_lbp2021", "nice_ng59")),
                Arguments.of("progressive_neuro_deficit", "urgent", Exams.of().yes("neuro.clonus"), "urgent",
                        "An upper motor neurone sign points above the cauda equina", List.of("acr_lbp2021", "aomrc_ebi", "nice_ng59", "girft2023")),
                Arguments.of("progressive_neuro_deficit", "soon", Exams.of().is("neuro.myotome.L5", "weak"), "if_no_progress",
                        "For a weakness whose course or severity is not yet known", List.of("acr_lbp2021", "nice_ng59")),
                Arguments.of("infection", "urgent", Exams.of().yes("redflag.fever_or_unwell"), "urgent",
                        "For a possible spinal or pelvic infection: MRI with contrast", List.of("finucane2020", "davis2004", "acr_lbp2021")),
                Arguments.of("infection", "soon", Exams.of().yes("redflag.recent_spinal_procedure"), "if_no_progress",
                        "For a possible spinal or pelvic infection that is not yet urgent", List.of("finucane2020", "davis2004", "acr_lbp2021")),
                Arguments.of("malignancy", "urgent", Exams.of().yes("redflag.cancer_history"), "urgent",
                        "For a possible malignancy: MRI", List.of("downie2013", "henschke2013", "deyo1992", "nice_ng59", "acr_lbp2021")),
                Arguments.of("malignancy", "soon", Exams.of().patient(60, Sex.MALE).yes("redflag.no_better_with_care"), "if_no_progress",
                        "For a possible malignancy that is not yet urgent", List.of("deyo1988", "deyo1992", "downie2013", "acr_lbp2021")),
                Arguments.of("fracture", "urgent", Exams.of().patient(40, Sex.MALE).yes("redflag.major_trauma"), "urgent",
                        "For a possible fracture after significant trauma", List.of("acr_lbp2021", "henschke2009", "downie2013")),
                Arguments.of("fracture", "urgent", Exams.of().yes("history.aggravator.running").is("provocation.hop_test", "positive"), "urgent",
                        "For a possible stress fracture", List.of("harris2016", "fredericson2003", "robertson2017", "acr_lbp2021")),
                Arguments.of("fracture", "soon", Exams.of().is("provocation.hop_test", "positive"), "urgent",
                        "For a possible stress fracture", List.of("harris2016", "fredericson2003", "robertson2017", "acr_lbp2021")),
                Arguments.of("hamstring_avulsion", "urgent", Exams.of().yes("redflag.hamstring_pop", "observation.posterior_thigh_bruising"),
                        "urgent", "For a possible proximal hamstring avulsion", List.of("evidence_s6_hamstring")),
                Arguments.of("hamstring_avulsion", "soon", Exams.of().yes("redflag.hamstring_pop"), "if_no_progress",
                        "For a possible hamstring avulsion not yet confirmed", List.of("evidence_s6_hamstring")),
                Arguments.of("vascular_claudication", "soon", Exams.of().yes("history.aggravator.exertion_eased_by_stopping"),
                        "if_no_progress", "For possible vascular claudication", List.of("xu2013", "jvs2013_endofibrosis")),
                Arguments.of("inflammatory_arthritis", "soon",
                        Exams.of().yes("history.morning_stiffness_over_30min", "history.alternating_buttock_pain"), "if_no_progress",
                        "For possible inflammatory back pain", List.of("sieper2009", "rudwaleit2006")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pathways")
    void eachFlagGetsItsOwnPathwayAndSources(String flag, String urgency, Exams exams, String recommendation, String words,
                                             List<String> sources) {
        Assessment a = TestKnowledge.ENGINE.assess(exams.exam());
        List<RedFlag> raised = a.redFlags().stream().filter(f -> !f.noted()).toList();
        assertEquals(List.of(flag + " " + urgency), raised.stream().map(f -> f.id() + " " + f.urgency()).toList(), "the exam raises this flag alone");
        ImagingDecision d = a.imaging();
        assertEquals(recommendation, d.recommendation(), d.reason());
        assertTrue(d.reason().startsWith("Flag raised: " + raised.get(0).label() + " (" + urgency + "). " + words), d.reason());
        assertEquals(sources, d.sources());
        assertTrue(TestKnowledge.SHIPPED.citations().keySet().containsAll(sources), "every source is a citation");
    }

    /** No pathway borrows another flag's sources: vascular claudication's advice cites no rheumatology, and back. */
    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pathways")
    void noPathwayCitesTheVascularOrInflammatorySourcesButItsOwn(String flag, String urgency, Exams exams, String recommendation,
                                                                 String words, List<String> sources) {
        List<String> cited = TestKnowledge.ENGINE.assess(exams.exam()).imaging().sources();
        assertEquals(flag.equals("vascular_claudication"), cited.contains("xu2013"), cited.toString());
        assertEquals(flag.equals("inflammatory_arthritis"), cited.contains("sieper2009"), cited.toString());
        assertFalse(!flag.equals("cauda_equina") && !flag.equals("progressive_neuro_deficit") && cited.contains("girft2023"), cited.toString());
    }
}
