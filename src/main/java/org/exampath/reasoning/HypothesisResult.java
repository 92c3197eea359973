package org.exampath.reasoning;

import java.util.List;

/**
 * A hypothesis after the exam: its prior, its posterior probability, the evidence that counted and
 * the evidence that did not. {@code capped} says the combined LR hit the policy cap or floor.
 */
public record HypothesisResult(String id, String label, String driver, double prior, double probability,
                               double combinedLr, boolean capped, List<Evidence> contributions,
                               List<SetAside> setAside) {
    public HypothesisResult {
        contributions = List.copyOf(contributions);
        setAside = List.copyOf(setAside);
    }
}
