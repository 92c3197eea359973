package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 5: a follow-up asks the red-flag questions again but carries the last visit's saddle sensation
 * over; with symptoms in both legs and the questions answered no again, the old "normal" clears the cauda equina
 * flag, and nothing asks for saddle sensation to be tested today.
 */
class Review35FollowUpSaddleSensationTest {

    @Test
    void aFollowUpWithSymptomsInBothLegsStillAsksForTodaysSaddleSensation() {
        FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);
        String[] screen = {"redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.sexual_dysfunction_new",
                "redflag.progressive_weakness", "redflag.progressive_numbness"};
        Exam last = Exams.of().patient(64, Sex.FEMALE).side(Side.BILATERAL).yes("redflag.bilateral_leg_symptoms")
                .no(screen).is("neuro.sensation.saddle", "normal").count("history.duration_weeks", 12).exam();
        // two weeks on: the clinician asks the red-flag screen again, as the status line says
        Exam today = followUp.movedForward(followUp.startFrom(last), 14).with("redflag.bilateral_leg_symptoms", FindingValue.Flag.YES);
        for (String id : screen) {
            today = today.with(id, FindingValue.Flag.NO);
        }
        Assessment a = TestKnowledge.ENGINE.assess(today, last);
        List<String> asked = a.redFlags().stream().filter(f -> f.id().equals("cauda_equina"))
                .flatMap(f -> f.checks().stream()).toList();
        assertTrue(asked.contains("neuro.sensation.saddle"), "saddle sensation today: " + today.value("neuro.sensation.saddle")
                + " (carried from the last visit); cauda equina flags: " + a.redFlags().stream().map(RedFlag::id).toList()
                + ", checks " + asked);
    }
}
