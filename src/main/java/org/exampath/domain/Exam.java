package org.exampath.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One immutable exam snapshot: who, which side, and every finding recorded so far (sorted by id).
 * The optional record fields ride along in {@link #record()}; the engine never reads them.
 * Ids "patient.age", "patient.sex" and "side" can be read through {@link #value(String)} so that
 * rules can speak of them like findings.
 */
public record Exam(Patient patient, Side side, Map<String, FindingValue> findings, ExamRecord record) {
    public static final String AGE = "patient.age";
    public static final String SEX = "patient.sex";
    public static final String SIDE = "side";
    /** The patient's age and sex: they move the starting figures but never earn a lean (a pain driver, a leader). */
    public static final java.util.Set<String> DEMOGRAPHICS = java.util.Set.of(AGE, SEX);

    public Exam {
        patient = patient == null ? Patient.UNKNOWN : patient;
        findings = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(findings)));
        record = record == null ? ExamRecord.NONE : record;
    }

    /** An exam without record fields (label, date, clinician, assessment, plan). */
    public Exam(Patient patient, Side side, Map<String, FindingValue> findings) {
        this(patient, side, findings, ExamRecord.NONE);
    }

    public static Exam empty() {
        return new Exam(Patient.UNKNOWN, null, Map.of());
    }

    /** The recorded value of a finding or pseudo-finding, or null when it was not recorded. */
    public FindingValue value(String id) {
        switch (id) {
            case AGE:
                return patient.age() == null ? null : new FindingValue.Count(patient.age());
            case SEX:
                return patient.sex() == null ? null : new FindingValue.Choice(patient.sex().id());
            case SIDE:
                return side == null ? null : new FindingValue.Choice(side.id());
            default:
                return findings.get(id);
        }
    }

    public boolean has(String id) {
        return value(id) != null;
    }

    /** A copy with one finding set; a null value removes it (back to "not tested"). */
    public Exam with(String id, FindingValue value) {
        Map<String, FindingValue> copy = new TreeMap<>(findings);
        if (value == null) {
            copy.remove(id);
        } else {
            copy.put(id, value);
        }
        return new Exam(patient, side, copy, record);
    }

    public Exam withPatient(Patient newPatient) {
        return new Exam(newPatient, side, findings, record);
    }

    public Exam withSide(Side newSide) {
        return new Exam(patient, newSide, findings, record);
    }

    /** A copy with other record fields; the findings and what the engine concludes stay the same. */
    public Exam withRecord(ExamRecord newRecord) {
        return new Exam(patient, side, findings, newRecord);
    }
}
