package org.exampath.knowledge;

/**
 * A working diagnosis with its placeholder prior and the reason for that prior; {@code management}
 * is an optional line specific to this hypothesis (its driver's management applies either way).
 */
public record Hypothesis(String id, String label, String driver, double prior,
                         String priorSource, String priorEstimate, String management) {
}
