package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aFullExamThatSettlesNothingMeansOnlyIfNoProgress() {
        Exams unclear = Exams.of();
        for (String id : new String[] {"nerve.slump", "nerve.slr", "nerve.fair", "provocation.fadir", "provocation.faber",
            "provocation.fader", "provocation.single_leg_stance_30s", "provocation.puranen_orava", "provocation.hop_test",
            "provocation.long_stride_walk", "nerve.crossed_slr", "nerve.prone_knee_bend"}) {
            unclear.is(id, "negative");
        }
        Assessment a = TestKnowledge.ENGINE.assess(unclear.exam());
        assertTrue(a.leading().probability() < 0.5);
        assertEquals("if_no_progress", a.imaging().recommendation());
    }
}
