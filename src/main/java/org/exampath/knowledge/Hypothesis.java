package org.exampath.knowledge;

/** A working diagnosis with its placeholder prior and the reason for that prior. */
public record Hypothesis(String id, String label, String driver, double prior,
                         String priorSource, String priorEstimate) {
}
