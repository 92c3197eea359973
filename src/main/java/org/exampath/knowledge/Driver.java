package org.exampath.knowledge;

/** A pain driver (load, nerve, referred) and the management direction that fits it. */
public record Driver(String id, String label, String management, String signs) {
    /**
     * The reserved id of the entry that says the driver is not yet clear: no hypothesis may name it,
     * and the engine reports it until a finding beyond age and sex supports a real driver.
     */
    public static final String UNCLEAR = "unclear";
}
