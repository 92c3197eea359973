package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/** The imaging gate in the order of evidence §4.3: red flag, persistence, uncertainty, otherwise not indicated. */
class ImagingGateTest {

    private static ImagingDecision gate(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam()).imaging();
    }

    @Test
    void emptyExamIsNotAReasonToImage() {
        ImagingDecision d = gate(Exams.of());
        assertEquals("not_indicated", d.recommendation());
        assertTrue(d.sources().contains("nice_ng59"));
    }

    @Test
    void urgentFlagAsksForImagingNow() {
        assertEquals("urgent", gate(Exams.of().yes("redflag.major_trauma")).recommendation());
    }

    @Test
    void sixWeeksWithoutFlagsMeansOnlyIfNoProgress() {
        assertEquals("not_indicated", gate(Exams.of().count("history.duration_weeks", 5)).recommendation());
        assertEquals("if_no_progress", gate(Exams.of().count("history.duration_weeks", 6)).recommendation());
    }

    /** Eleven tests that a likelihood ratio reads, all negative, leaving no diagnosis at 0.5 or more. */
    private static Exams elevenInformativeNegatives() {
        Exams unclear = Exams.of();
        for (String id : new String[] {"nerve.slump", "nerve.slr", "nerve.fair", "provocation.fadir", "provocation.faber",
            "provocation.fader", "provocation.single_leg_stance_30s", "provocation.puranen_orava",
            "provocation.long_stride_walk", "nerve.crossed_slr", "nerve.prone_knee_bend"}) {
            unclear.is(id, "negative");
        }
        return unclear;
    }

    @Test
    void aFullExamThatSettlesNothingMeansOnlyIfNoProgress() {
        Assessment a = TestKnowledge.ENGINE.assess(elevenInformativeNegatives().is("provocation.ifi_test", "negative").exam());
        assertTrue(a.leading().probability() < 0.5);
        assertEquals("if_no_progress", a.imaging().recommendation());
        assertTrue(a.imaging().reason().contains("Twelve or more physical tests that bear on the diagnoses"), a.imaging().reason());
        assertEquals(List.of("acr_hip2016", "chamberlain2021"), a.imaging().sources());
    }

    /**
     * A test with no likelihood-ratio row for any diagnosis (Freiberg's, Pace's and Beatty's signs, the upper motor
     * neurone signs, the hop test, the saddle sensation) cannot move the working diagnosis, so it does not count
     * towards the twelve; an informative one does.
     */
    @Test
    void neutralTestsDoNotTipTheFullExamRuleButAnInformativeOneDoes() {
        Exams eleven = elevenInformativeNegatives();
        Assessment before = TestKnowledge.ENGINE.assess(eleven.exam());
        assertTrue(before.leading().probability() < 0.5);
        assertEquals("not_indicated", before.imaging().recommendation());
        for (String neutral : List.of("nerve.freiberg", "nerve.pace", "nerve.beatty", "provocation.hop_test")) {
            assertTrue(TestKnowledge.SHIPPED.rows().stream().noneMatch(r -> r.references().contains(neutral)), neutral + " has a row");
            eleven.is(neutral, "negative");
        }
        eleven.yes("observation.gait_antalgic").no("neuro.reflexes_brisk", "neuro.clonus").is("neuro.plantar", "flexor")
                .is("neuro.sensation.saddle", "normal").is("palpation.sacrum", "non_tender");
        Assessment neutral = TestKnowledge.ENGINE.assess(eleven.exam());
        assertEquals(before.hypotheses(), neutral.hypotheses(), "sanity: the neutral tests move nothing");
        assertEquals("not_indicated", neutral.imaging().recommendation(), "ten neutral tests on top of eleven informative ones");
        Assessment twelve = TestKnowledge.ENGINE.assess(eleven.is("provocation.ifi_test", "negative").exam());
        assertTrue(twelve.leading().probability() < 0.5);
        assertEquals("if_no_progress", twelve.imaging().recommendation(), "the twelfth informative test tips it");
    }
}
