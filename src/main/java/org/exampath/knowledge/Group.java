package org.exampath.knowledge;

/**
 * The section of a step a finding's row sits in. Each group belongs to exactly one step, so a finding
 * whose step and group are both known has exactly one row on the form.
 */
public enum Group implements Keyed {
    PATIENT(Step.PATIENT),
    REGION(Step.HISTORY), QUALITY(Step.HISTORY), INTENSITY(Step.HISTORY), COURSE(Step.HISTORY),
    AGGRAVATOR(Step.HISTORY), PATTERN(Step.HISTORY),
    SCREEN(Step.REDFLAG),
    OBSERVATION(Step.OBSERVATION), GAIT(Step.OBSERVATION),
    SITE(Step.PALPATION),
    RESISTED(Step.STRENGTH),
    MYOTOME(Step.NEURO), REFLEX(Step.NEURO), SENSATION(Step.NEURO), BALANCE(Step.NEURO),
    NEURODYNAMIC(Step.NERVE),
    PROVOCATION(Step.PROVOCATION), SIJ(Step.PROVOCATION);

    private final Step step;

    Group(Step step) {
        this.step = step;
    }

    public Step step() {
        return step;
    }

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
