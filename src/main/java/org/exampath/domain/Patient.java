package org.exampath.domain;

/** The patient as the exam file knows them: an age and a sex, either of which may be unrecorded. */
public record Patient(Integer age, Sex sex) {
    public static final Patient UNKNOWN = new Patient(null, null);

    public Patient withAge(Integer newAge) {
        return new Patient(newAge, sex);
    }

    public Patient withSex(Sex newSex) {
        return new Patient(age, newSex);
    }
}
