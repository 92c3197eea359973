package org.exampath.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/**
 * A test a practice case leaves unremarkable is taken as its normal answer on the engine's path: for the upper motor
 * neurone signs that is no brisk reflexes, no clonus and a flexor plantar response, never an equivocal or upgoing one.
 */
class ScorerUnremarkableNeuroTest {
    private final Scorer scorer = new Scorer(TestKnowledge.ENGINE);

    @Test
    void anUnremarkablePlantarResponseIsFlexor() {
        assertEquals(new FindingValue.Choice("flexor"), scorer.placeholderNegative("neuro.plantar"));
    }

    @Test
    void unremarkableClonusAndReflexesAreNo() {
        assertEquals(FindingValue.Flag.NO, scorer.placeholderNegative("neuro.clonus"));
        assertEquals(FindingValue.Flag.NO, scorer.placeholderNegative("neuro.reflexes_brisk"));
        assertEquals(new FindingValue.Choice("normal"), scorer.placeholderNegative("neuro.reflex.knee"), "the spec's rows as before");
    }
}
