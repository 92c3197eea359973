package org.exampath.reasoning;

/** A pain driver's probability (that at least one of its hypotheses is present) and its management. */
public record DriverResult(String id, String label, double probability, String management) {
}
