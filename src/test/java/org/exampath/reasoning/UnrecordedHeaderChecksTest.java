package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Side;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/** The hop test is withheld while an unrecorded age or sex could make the older-woman level hold. */
class UnrecordedHeaderChecksTest {

    @Test
    void withAgeAndSexBothUnrecordedTheHopTestIsNotACheck() {
        // the sacral pattern after a load rise (not running), no limp, painless rotation, no bone risk, no trauma; the
        // header left blank (the commonest way age and sex go unrecorded). With female sex only unrecorded (age 80) or age
        // only unrecorded (female) the hop is withheld; with both unrecorded no single answer reaches the older-woman
        // level, so reaching() finds nothing and the hop test is listed as the check, for what may be an 80-year-old woman
        var findings = Exams.of().no("history.aggravator.running").is("history.onset", "load_increase")
                .count("history.duration_weeks", 3).is("palpation.sacrum", "tender")
                .no("observation.gait_antalgic", "provocation.hip_ir_pain", "redflag.osteoporosis_or_steroids", "redflag.contusion",
                        "redflag.major_trauma", "redflag.energy_deficiency").exam().findings();
        RedFlag womanOf80 = fracture(new Exam(new Patient(80, null), Side.RIGHT, findings));
        assertFalse(womanOf80.checks().contains("provocation.hop_test"), "sex unrecorded at 80: withheld " + womanOf80.checks());
        RedFlag blank = fracture(new Exam(new Patient(null, null), Side.RIGHT, findings));
        assertFalse(blank.checks().contains("provocation.hop_test"),
                "age and sex both unrecorded, yet the hop is a check: " + blank.checks());
    }

    private static RedFlag fracture(Exam exam) {
        return TestKnowledge.ENGINE.assess(exam).redFlags().stream().filter(f -> f.id().equals("fracture")).findFirst()
                .orElseThrow(() -> new AssertionError("no fracture flag"));
    }
}
