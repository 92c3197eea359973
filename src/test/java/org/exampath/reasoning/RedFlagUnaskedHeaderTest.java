package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.junit.jupiter.api.Test;

/** A blank header or an unasked question is never read as the reassuring answer: symptoms in both legs stand until the progression questions are asked, and a blank age may be 70 or over. */
class RedFlagUnaskedHeaderTest {

    private static Assessment assess(Exam exam) {
        return TestKnowledge.ENGINE.assess(exam);
    }

    private static Optional<RedFlag> flag(Exam exam, String id) {
        return assess(exam).redFlags().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Test
    void bilateralLegSymptomsStayFlaggedWhileWhetherTheyAreProgressiveIsUnasked() {
        // evidence §3.2: bilateral leg symptoms "Urgent if new/progressive; pair with bladder/saddle questions".
        // The urgent cauda equina level stands only while a bladder/saddle/sexual question is unasked; once all three
        // are "no" it drops, and with the progression questions never asked nothing stands and nothing asks them.
        Exam asked = Exams.of().patient(45, Sex.MALE).yes("redflag.bilateral_leg_symptoms")
                .no("redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.sexual_dysfunction_new").exam();
        List<RedFlag> raised = assess(asked).redFlags().stream().filter(f -> !f.noted()).toList();
        assertTrue(raised.stream().anyMatch(f -> f.checks().contains("redflag.progressive_weakness")
                        || f.checks().contains("redflag.progressive_numbness")),
                "both legs, the three cauda equina questions no, progression unasked: no standing flag asks whether "
                        + "the symptoms are new or growing: " + raised);
    }

    @Test
    void anUnrecordedAgeIsNeverReadAsUnder70InTheFractureConstellation() {
        // today's change reads an unrecorded sex as possibly female ("a blank is never read as a man"), but an
        // unrecorded age is still read as under 70: a woman with new constant severe pain is urgent at 75 and
        // raises no fracture flag at all when her age was not typed.
        Exams pain = Exams.of().yes("redflag.constant_severe_pain").count("history.duration_weeks", 2);
        Exam aged = pain.exam().withPatient(new Patient(75, Sex.FEMALE));
        assertEquals(Optional.of("urgent"), flag(aged, "fracture").map(RedFlag::urgency), "sanity: 75, female");
        Exam blankAge = pain.exam().withPatient(new Patient(null, Sex.FEMALE));
        assertTrue(flag(blankAge, "fracture").isPresent(),
                "female, age not recorded, constant severe new pain: " + assess(blankAge).redFlags());
    }
}
