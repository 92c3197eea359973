package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 6: night pain at 58 with the cancer and weight-loss questions unasked is noted, not escalated;
 * its reason no longer says "without a cancer history", and it names the unasked questions a yes to which would make
 * malignancy urgent or soon. The noted item still leads no next tests (it is logged, never escalated).
 */
class NotedItemUnaskedCancerTest {

    private static Assessment nightPainAt58() {
        return TestKnowledge.ENGINE.assess(Exams.of().patient(58, Sex.MALE).yes("redflag.night_pain_unrelieved").exam());
    }

    @Test
    void aNotedItemDoesNotSayWithoutACancerHistoryThatWasNeverAsked() {
        RedFlag noted = nightPainAt58().redFlags().stream().filter(f -> f.id().equals("low_value_items")).findFirst().orElseThrow();
        assertTrue(noted.checks().contains("redflag.cancer_history"), "checks " + noted.checks());
        assertFalse(noted.reason().contains("without a cancer history"), noted.reason());
        assertTrue(noted.reason().contains("not recorded as present"), noted.reason());
    }

    @Test
    void theNotedItemsChecksDoNotLeadTheNextTests() {
        assertTrue(nightPainAt58().leadingChecks().isEmpty(), "leading " + nightPainAt58().leadingChecks());
    }
}
