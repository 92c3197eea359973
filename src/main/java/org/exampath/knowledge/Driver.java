package org.exampath.knowledge;

/**
 * A pain driver (load, nerve, referred) and the management direction that fits it. Only the reserved
 * {@link #UNCLEAR} entry has {@code whenLeadersSplit}: what it says when the driver is not yet clear because the
 * closely matched leading hypotheses belong to different drivers (ADR 0011); null on every other entry.
 */
public record Driver(String id, String label, String management, String signs, String whenLeadersSplit) {
    /**
     * The reserved id of the entry that says the driver is not yet clear: no hypothesis may name it,
     * and the engine reports it until a finding beyond age and sex supports a real driver.
     */
    public static final String UNCLEAR = "unclear";

    public Driver(String id, String label, String management, String signs) {
        this(id, label, management, signs, null);
    }
}
