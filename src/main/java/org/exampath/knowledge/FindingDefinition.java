package org.exampath.knowledge;

import java.util.List;

/**
 * One finding of the catalogue: where it sits in the exam flow, what values it takes, how to do it.
 * {@code pseudo} marks patient.age, patient.sex and side, which rules read but the findings map
 * never holds. {@code alternatives} are findings that record the same examination another way (the
 * five-test SIJ count and the five tests one by one): once one of them is recorded, this one is not
 * suggested as a next test. {@code onlyForSex} (null for most) names the one sex the question can apply
 * to (a pregnancy): it is not suggested for a patient recorded as the other. {@code reask} marks a sign a
 * red-flag rule reads (saddle sensation) that a follow-up must examine again: like the red-flag screen, it is not
 * carried over from the last visit, so an old "normal" never clears a flag today. {@code of} (null for most) names
 * the test this finding belongs to (where FABER hurt, the angle of the straight-leg raise): it means nothing while
 * that test is not tested, so it goes when the test is taken back and no note or summary lists it without the test.
 */
public record FindingDefinition(String id, String label, String step, String group, FindingKind kind,
                                int min, int max, List<String> values, List<Integer> probes,
                                String howTo, boolean pseudo, List<String> alternatives, String onlyForSex,
                                boolean reask, String of) {

    public FindingDefinition {
        values = List.copyOf(values);
        probes = List.copyOf(probes);
        alternatives = List.copyOf(alternatives);
        howTo = howTo == null ? "" : howTo;
    }

    /** Palpation, strength, neuro, nerve and provocation findings are physical tests. */
    public boolean physical() {
        Step section = section();
        return section != null && section.physical();
    }

    /** The step as its closed value (the loader has checked the string against it). */
    public Step section() {
        return Keyed.find(Step.class, step);
    }

    /** The group as its closed value (the loader has checked the string against it). */
    public Group place() {
        return Keyed.find(Group.class, group);
    }
}
