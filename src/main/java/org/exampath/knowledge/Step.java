package org.exampath.knowledge;

/** Where a finding is asked in the exam flow; {@code PATIENT} holds the pseudo-findings of the header. */
public enum Step implements Keyed {
    PATIENT, HISTORY, REDFLAG, OBSERVATION, PALPATION, STRENGTH, NEURO, NERVE, PROVOCATION;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Observation, palpation, strength, neuro, nerve and provocation findings are physical tests. */
    public boolean physical() {
        return switch (this) {
            case OBSERVATION, PALPATION, STRENGTH, NEURO, NERVE, PROVOCATION -> true;
            default -> false;
        };
    }
}
