package org.exampath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * An exam file found already stored is saved as StartingExams.onto(stored, file, now): each of the age, sex, assessment
 * and plan the window changed from the file is taken on its own, so a change of the assessment never puts back the
 * file's older plan, nor a change of the age its sex, over one someone stored since the file was made.
 */
class StartingExamsOntoTest {
    private static final String PLAN = "Same-day radiograph: possible fracture";

    private final Exam file = Exam.empty().withPatient(new Patient(70, null))
            .withRecord(Exam.empty().record().withAssessment("a").withPlan("p"));

    @Test
    void onlyTheEntryChangedInTheWindowIsPutOntoTheStoredExam() {
        Exam stored = file.withPatient(new Patient(70, Sex.FEMALE)).withRecord(file.record().withPlan(PLAN));
        Exam now = file.withPatient(new Patient(71, null)).withRecord(file.record().withAssessment("a, revised"));

        Exam out = StartingExams.onto(stored, file, now);
        assertEquals("a, revised", out.record().assessment());
        assertEquals(71, out.patient().age());
        assertEquals(PLAN, out.record().plan(), "the plan stored since stays");
        assertEquals(Sex.FEMALE, out.patient().sex(), "the sex stored since stays");
    }

    @Test
    void aChangedPlanAndSexLeaveTheAssessmentAndAgeStoredSince() {
        Exam stored = file.withPatient(new Patient(72, null)).withRecord(file.record().withAssessment("a, corrected"));
        Exam now = file.withPatient(new Patient(70, Sex.MALE)).withRecord(file.record().withPlan(PLAN));

        Exam out = StartingExams.onto(stored, file, now);
        assertEquals(new Patient(72, Sex.MALE), out.patient(), "the age stored since stays beside the sex entered");
        assertEquals("a, corrected", out.record().assessment(), "the assessment stored since stays");
        assertEquals(PLAN, out.record().plan());
    }
}
