package org.exampath.domain;

import java.time.LocalDate;

/**
 * The exam file's optional record fields: the patient label the clinician uses, and the visit's date,
 * examiner, assessment and plan. Each may be absent (null). They travel with the exam between the
 * form, the store, the note and export, and never change what the engine concludes.
 */
public record ExamRecord(String label, LocalDate date, String clinician, String assessment, String plan) {
    public static final ExamRecord NONE = new ExamRecord(null, null, null, null, null);
    /** Longest patient label and clinician name, in characters (code points), as exam/1 allows. */
    public static final int MAX_NAME = 200;
    /** Longest assessment or plan text, in characters (code points). */
    public static final int MAX_TEXT = 10_000;

    public boolean isEmpty() {
        return equals(NONE);
    }

    public ExamRecord withLabel(String newLabel) {
        return new ExamRecord(newLabel, date, clinician, assessment, plan);
    }

    public ExamRecord withDate(LocalDate newDate) {
        return new ExamRecord(label, newDate, clinician, assessment, plan);
    }

    public ExamRecord withClinician(String newClinician) {
        return new ExamRecord(label, date, newClinician, assessment, plan);
    }

    public ExamRecord withAssessment(String newAssessment) {
        return new ExamRecord(label, date, clinician, newAssessment, plan);
    }

    public ExamRecord withPlan(String newPlan) {
        return new ExamRecord(label, date, clinician, assessment, newPlan);
    }
}
