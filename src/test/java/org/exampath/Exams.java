package org.exampath;

import java.util.Map;
import java.util.TreeMap;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;

/** A small builder for exams in tests: {@code Exams.of().yes("redflag.cancer_history").is("nerve.slr", "positive")}. */
public final class Exams {
    private final Map<String, FindingValue> findings = new TreeMap<>();
    private Patient patient = new Patient(45, Sex.FEMALE);
    private Side side = Side.RIGHT;

    public static Exams of() {
        return new Exams();
    }

    public Exams patient(int age, Sex sex) {
        patient = new Patient(age, sex);
        return this;
    }

    public Exams side(Side newSide) {
        side = newSide;
        return this;
    }

    public Exams yes(String... ids) {
        for (String id : ids) {
            findings.put(id, FindingValue.Flag.YES);
        }
        return this;
    }

    public Exams no(String... ids) {
        for (String id : ids) {
            findings.put(id, FindingValue.Flag.NO);
        }
        return this;
    }

    public Exams is(String id, String choice) {
        findings.put(id, new FindingValue.Choice(choice));
        return this;
    }

    public Exams count(String id, int value) {
        findings.put(id, new FindingValue.Count(value));
        return this;
    }

    public Exams strength(String id, int grade, String pain) {
        findings.put(id, new FindingValue.Strength(grade, pain));
        return this;
    }

    public Exam exam() {
        return new Exam(patient, side, findings);
    }
}
