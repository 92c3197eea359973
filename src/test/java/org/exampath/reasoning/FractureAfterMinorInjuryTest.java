package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * A fall or other minor injury at 50 or over with new pain raises the fracture flag at soon (ACR 2021's
 * low-velocity trauma variant; Choosing Wisely's trauma and age over 50), and only then: a younger person, or
 * long-standing pain, raises nothing from the injury alone.
 */
class FractureAfterMinorInjuryTest {

    private static Optional<RedFlag> fracture(Exam exam) {
        return TestKnowledge.ENGINE.assess(exam).redFlags().stream().filter(f -> f.id().equals("fracture")).findFirst();
    }

    @Test
    void aFallFromStandingAt68WithAWeekOfPainIsASameVisitRadiograph() {
        RedFlag flag = fracture(Exams.of().patient(68, Sex.FEMALE).yes("redflag.minor_trauma")
                .count("history.duration_weeks", 1).exam()).orElseThrow();
        assertEquals("soon", flag.urgency());
        assertTrue(flag.reason().contains("minor injury at age 50 or over"), flag.reason());
    }

    @Test
    void anInjuryOnsetCountsAsWellAsTheScreeningQuestion() {
        assertEquals("soon", fracture(Exams.of().patient(50, Sex.MALE).is("history.onset", "trauma").exam())
                .orElseThrow().urgency());
    }

    @Test
    void belowFiftyOrWithLongStandingPainTheInjuryAloneRaisesNothing() {
        assertFalse(fracture(Exams.of().patient(49, Sex.MALE).yes("redflag.minor_trauma").exam()).isPresent());
        assertFalse(fracture(Exams.of().patient(60, Sex.MALE).yes("redflag.minor_trauma")
                .count("history.duration_weeks", 26).exam()).isPresent());
        assertEquals("soon", fracture(Exams.of().patient(60, Sex.MALE).yes("redflag.minor_trauma")
                .count("history.duration_weeks", 25).exam()).orElseThrow().urgency());
    }

    @Test
    void anUnrecordedAgeIsNotReadAsYoung() {
        Exam exam = Exams.of().yes("redflag.minor_trauma").exam();
        Exam ageless = new Exam(new Patient(null, Sex.MALE), exam.side(), exam.findings());
        assertEquals("soon", fracture(ageless).orElseThrow().urgency());
    }

    @Test
    void theHopTestWaitsForTheRadiograph() {
        Exam exam = Exams.of().patient(62, Sex.MALE).yes("redflag.minor_trauma").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertTrue(fracture(exam).orElseThrow().unsafeTests().contains("provocation.hop_test"));
        assertTrue(a.nextTests().stream().noneMatch(t -> t.finding().equals("provocation.hop_test")), a.nextTests().toString());
    }

    @Test
    void osteoporosisWithTheInjuryStaysUrgent() {
        assertEquals("urgent", fracture(Exams.of().patient(62, Sex.MALE)
                .yes("redflag.minor_trauma", "redflag.osteoporosis_or_steroids").exam()).orElseThrow().urgency());
    }
}
