package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 7: the progressive-deficit rule's rationale names a foot drop as a severe deficit for urgent
 * referral and MRI (evidence §3.2), but a myotome is only "normal" or "weak", and one weak root whose weakness is said
 * not to be growing raises nothing. A foot drop (weak ankle dorsiflexion, the L4 myotome) cannot be told from a mild
 * weakness, and nothing asks how weak it is.
 */
class Review35FootDropTest {

    @Test
    void aWeakAnkleDorsiflexionThatIsNotGrowingStillRaisesTheDeficitFlagOrAsksHowWeak() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(44, Sex.MALE).is("neuro.myotome.L4", "weak")
                .no("redflag.progressive_weakness").yes("history.region.below_knee").count("history.duration_weeks", 1).exam());
        assertTrue(a.redFlags().stream().anyMatch(f -> f.id().equals("progressive_neuro_deficit")),
                "ankle dorsiflexion weak (a possible foot drop), not growing; flags raised: "
                        + a.redFlags().stream().map(f -> f.id() + " (" + f.urgency() + ")").toList());
    }
}
