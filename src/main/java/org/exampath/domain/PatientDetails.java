package org.exampath.domain;

import java.util.Optional;

/**
 * The one rule, for every store, on a label that names a patient already stored: other details (a
 * different sex, or a birth year more than a year apart) are a clash to refuse, never an overwrite;
 * details only fill in or correct the encounter's own patient.
 */
public final class PatientDetails {
    private PatientDetails() {
    }

    /** Why a new exam's patient cannot be the stored one of this label, in one line; empty when they agree. */
    public static Optional<String> clash(String label, String storedSex, Integer storedYear, Patient patient, Integer birthYear) {
        String sex = patient.sex() == null ? null : patient.sex().id();
        boolean sexClash = sex != null && storedSex != null && !sex.equals(storedSex);
        boolean yearClash = birthYear != null && storedYear != null && Math.abs(birthYear - storedYear) > 1;
        if (!sexClash && !yearClash) {
            return Optional.empty();
        }
        return Optional.of("a patient labelled \"" + label + "\" is already stored with a different "
                + (sexClash ? "sex" : "birth year") + "; nothing was changed (give this patient a label of their own)");
    }

    /** The sex to keep: the one entered, else the stored one. */
    public static String sex(String storedSex, Patient patient) {
        return patient.sex() == null ? storedSex : patient.sex().id();
    }

    /** The birth year to keep: a year worked out from an age moves only when it is more than a year off. */
    public static Integer birthYear(Integer storedYear, Integer birthYear) {
        return birthYear == null || (storedYear != null && Math.abs(birthYear - storedYear) <= 1) ? storedYear : birthYear;
    }
}
