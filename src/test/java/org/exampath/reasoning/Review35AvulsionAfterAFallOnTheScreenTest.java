package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 6: the avulsion rule reads an injury only from the history's onset (sudden injury or trauma) or a
 * pop. A fall answered on the red-flag screen ("minor trauma"), with bruising at the back of the thigh and a gap below
 * the sitting bone, and the onset not asked, raises no flag at all.
 */
class Review35AvulsionAfterAFallOnTheScreenTest {

    @Test
    void aFallWithBruisingAndAGapBelowTheSittingBoneRaisesTheAvulsionFlag() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.FEMALE).yes("redflag.minor_trauma",
                "observation.posterior_thigh_bruising", "observation.hamstring_gap", "history.region.lower_medial_buttock")
                .count("history.duration_weeks", 0).exam());
        assertTrue(a.redFlags().stream().anyMatch(f -> f.id().equals("hamstring_avulsion")),
                "a fall, bruising at the back of the thigh and a palpable gap; flags raised: "
                        + a.redFlags().stream().map(f -> f.id() + " (" + f.urgency() + ")").toList());
    }
}
