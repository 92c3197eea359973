package org.exampath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 27, finding 7: an exam file found already stored is saved as StartingExams.onto(stored, file, now). A change of
 * the assessment alone takes the plan from the window too (the file's, older), and a change of the age alone takes the
 * sex from the window too, so a plan or sex someone stored since the file was made is put back in this clinician's name.
 */
class ReviewStartingExamsOntoTest {
    @Test
    void onlyTheEntryChangedInTheWindowIsPutOntoTheStoredExam() {
        Exam file = Exam.empty().withPatient(new Patient(70, null)).withRecord(Exam.empty().record().withAssessment("a").withPlan("p"));
        Exam stored = file.withPatient(new Patient(70, Sex.FEMALE))
                .withRecord(file.record().withPlan("Same-day radiograph: possible fracture"));
        Exam now = file.withPatient(new Patient(71, null)).withRecord(file.record().withAssessment("a, revised"));

        Exam out = StartingExams.onto(stored, file, now);
        assertEquals("a, revised", out.record().assessment());
        assertEquals(71, out.patient().age());
        assertEquals("Same-day radiograph: possible fracture", out.record().plan(), "the plan stored since stays");
        assertEquals(Sex.FEMALE, out.patient().sex(), "the sex stored since stays");
    }
}
