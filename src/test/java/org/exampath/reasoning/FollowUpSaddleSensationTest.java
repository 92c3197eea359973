package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 5: a follow-up asks the red-flag questions again and examines saddle sensation again (the
 * catalogue marks it {@code reask}), so the last visit's "normal" no longer clears the cauda equina flag; the other
 * examination findings are still carried over.
 */
class FollowUpSaddleSensationTest {
    private static final String[] SCREEN = {"redflag.saddle_anaesthesia", "redflag.bladder_bowel_change",
        "redflag.sexual_dysfunction_new", "redflag.progressive_weakness", "redflag.progressive_numbness"};

    private final FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);

    private static Exam lastVisit() {
        return Exams.of().patient(64, Sex.FEMALE).side(Side.BILATERAL).yes("redflag.bilateral_leg_symptoms").no(SCREEN)
                .is("neuro.sensation.saddle", "normal").is("neuro.sensation.L5", "normal").is("neuro.myotome.L5", "normal")
                .count("history.duration_weeks", 12).exam();
    }

    /** Two weeks on: the clinician asks the red-flag screen again, as the status line says. */
    private Exam followUpWithTheScreenAskedAgain() {
        Exam today = followUp.movedForward(followUp.startFrom(lastVisit()), 14)
                .with("redflag.bilateral_leg_symptoms", FindingValue.Flag.YES);
        for (String id : SCREEN) {
            today = today.with(id, FindingValue.Flag.NO);
        }
        return today;
    }

    private static List<String> caudaEquinaChecks(Assessment a) {
        return a.redFlags().stream().filter(f -> f.id().equals("cauda_equina")).flatMap(f -> f.checks().stream()).toList();
    }

    @Test
    void aFollowUpWithSymptomsInBothLegsStillAsksForTodaysSaddleSensation() {
        Exam today = followUpWithTheScreenAskedAgain();
        Assessment a = TestKnowledge.ENGINE.assess(today, lastVisit());
        List<String> asked = caudaEquinaChecks(a);
        assertTrue(asked.contains("neuro.sensation.saddle"), "saddle sensation today: " + today.value("neuro.sensation.saddle")
                + "; cauda equina flags: " + a.redFlags().stream().map(RedFlag::id).toList() + ", checks " + asked);
    }

    @Test
    void saddleSensationTestedTodayClearsTheFlagAsAtAFirstVisit() {
        Exam today = followUpWithTheScreenAskedAgain().with("neuro.sensation.saddle", new FindingValue.Choice("normal"));
        Assessment a = TestKnowledge.ENGINE.assess(today, lastVisit());
        assertTrue(a.redFlags().stream().noneMatch(f -> f.id().equals("cauda_equina")), "flags " + a.redFlags());
    }

    @Test
    void theOtherExaminationFindingsAreStillCarriedOver() {
        Exam start = followUp.startFrom(lastVisit());
        assertNull(start.value("neuro.sensation.saddle"));
        assertNull(start.value("redflag.bilateral_leg_symptoms"));
        assertEquals(new FindingValue.Choice("normal"), start.value("neuro.sensation.L5"));
        assertEquals(new FindingValue.Choice("normal"), start.value("neuro.myotome.L5"));
        assertEquals(new FindingValue.Count(12), start.value("history.duration_weeks"));
    }

    @Test
    void theCatalogueMarksEverySignThatAnEmergencyLevelReadsOnItsOwn() {
        List<String> reasked = TestKnowledge.SHIPPED.findings().values().stream().filter(FindingDefinition::reask)
                .map(FindingDefinition::id).toList();
        assertEquals(List.of("neuro.sensation.saddle"), reasked);
        assertTrue(followUp.askedAgain("redflag.fever_or_unwell"));
        assertFalse(followUp.askedAgain("neuro.sensation.S1"));
    }
}
