package org.exampath.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.junit.jupiter.api.Test;

/** When the two leading hypotheses are too close to call, the summary says so instead of naming a leader. */
class CloseCallTest {
    private static final double SHARE = TestKnowledge.SHIPPED.policy().closeShare();
    private static final String DGS = "deep_gluteal_syndrome";
    private static final String RADICULAR = "lumbar_radicular";

    /** Deep buttock pain, worse sitting, burning, FAIR positive: deep gluteal syndrome and radicular pain level. */
    private static Exams level() {
        return Exams.of().patient(41, Sex.FEMALE)
                .yes("history.region.deep_mid_buttock", "history.aggravator.sitting", "history.quality.burning")
                .is("nerve.fair", "positive");
    }

    private static Assessment assess(Exams exams) {
        return TestKnowledge.ENGINE.assess(exams.exam());
    }

    @Test
    void aRunnerUpWithinTheShareOfTheLeaderMakesACloseCallNamingBothWithTheirFigures() {
        Assessment a = assess(level());
        CloseCall close = CloseCall.of(a, SHARE).orElseThrow(() -> new AssertionError(a.hypotheses().subList(0, 2)));
        assertEquals(DGS, close.first().id());
        assertEquals(RADICULAR, close.second().id());
        assertTrue(close.second().probability() >= SHARE * close.first().probability());
        assertEquals("Cannot yet separate deep gluteal syndrome (" + Describe.percent(close.first().probability())
                + ") and lumbar radicular pain (" + Describe.percent(close.second().probability()) + ")",
                close.sentence(label -> Describe.inSentence(label.replace(" (piriformis / sciatic entrapment)", ""))));
        assertTrue(close.is(List.of(RADICULAR, DGS)) && close.is(List.of(DGS, RADICULAR)));
        assertFalse(close.is(List.of(DGS, "gluteal_tendinopathy")) || close.is(List.of(DGS)));
    }

    @Test
    void aClearLeaderIsNoCloseCall() {
        // familiar pain on piriformis palpation lifts deep gluteal syndrome to about twice radicular pain
        Assessment a = assess(level().is("palpation.piriformis", "familiar"));
        assertEquals(DGS, a.leading().id());
        assertTrue(a.hypotheses().get(1).probability() < SHARE * a.leading().probability(), a.hypotheses().toString());
        assertTrue(CloseCall.of(a, SHARE).isEmpty());
    }

    @Test
    void theShareDecides() {
        Assessment a = assess(level());
        double ratio = a.hypotheses().get(1).probability() / a.leading().probability();
        assertTrue(CloseCall.of(a, ratio).isPresent(), "at the pair's own ratio they are close");
        assertTrue(CloseCall.of(a, Math.min(1, ratio + 0.01)).isEmpty(), "just above it they are not");
    }

    @Test
    void anEmergencyOrNothingRecordedMakesNoCloseCall() {
        Assessment emergency = assess(level().yes("redflag.saddle_anaesthesia"));
        assertTrue(emergency.emergency(), "saddle anaesthesia is an emergency: " + emergency.redFlags());
        assertTrue(CloseCall.of(emergency, 1).isEmpty(), "the working diagnosis is held back, close or not");
        Assessment nothing = TestKnowledge.ENGINE.assess(org.exampath.domain.Exam.empty());
        assertTrue(nothing.leading().contributions().isEmpty());
        assertTrue(CloseCall.of(nothing, 0.01).isEmpty(), "starting estimates are not a call");
    }

    @Test
    void theWorkingDiagnosisSaysTheyCannotYetBeSeparatedAndNamesNeitherAsMostLikely() {
        String close = Describe.workingDiagnosis(assess(level()), SHARE);
        assertTrue(close.startsWith("Cannot yet separate deep gluteal syndrome (piriformis / sciatic entrapment) ("), close);
        assertTrue(close.contains(" and lumbar radicular pain ("), close);
        assertFalse(close.contains("Most likely"), close);
        String clear = Describe.workingDiagnosis(assess(level().is("palpation.piriformis", "familiar")), SHARE);
        assertTrue(clear.startsWith("Most likely deep gluteal syndrome"), clear);
        assertFalse(clear.contains("Cannot yet separate"), clear);
    }
}
