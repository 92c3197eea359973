package org.exampath.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;

/**
 * The red-flag state an encounter is listed with names the urgency each raised flag stands at, most pressing first,
 * so the list can count an action only for its flag at its own level or a lower one.
 */
class FlagStateTest {
    @Test
    void flagsAtOneUrgencyAreListedUnderIt() {
        assertEquals("urgent: malignancy", FlagState.of(TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.cancer_history").exam())));
    }

    @Test
    void flagsAtSeveralUrgenciesAreListedEachUnderItsOwnMostPressingFirst() {
        String state = FlagState.of(TestKnowledge.ENGINE.assess(Exams.of()
                .yes("redflag.cancer_history", "redflag.bilateral_leg_symptoms", "redflag.saddle_anaesthesia").exam()));
        assertEquals("emergency: cauda_equina; urgent: malignancy", state);
    }
}
