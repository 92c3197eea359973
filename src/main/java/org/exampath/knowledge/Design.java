package org.exampath.knowledge;

/** A study design; a case-control likelihood ratio is shrunk to its square root (evidence §5.3, Lijmer 1999). */
public enum Design implements Keyed {
    CASE_CONTROL(true), COHORT(false), CROSS_SECTIONAL(false);

    private final boolean shrunk;

    Design(boolean shrunk) {
        this.shrunk = shrunk;
    }

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean shrunk() {
        return shrunk;
    }
}
