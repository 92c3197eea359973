package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.Exam;

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

    /** Something recorded beyond age and sex lifted this hypothesis (a likelihood ratio above 1 that counted). */
    public boolean liftedByTheExam() {
        return contributions.stream()
                .anyMatch(e -> e.lr() > 1 && e.findings().stream().anyMatch(id -> !Exam.DEMOGRAPHICS.contains(id)));
    }

    /** The hypotheses of {@code ranked} (most likely first) at or above {@code closeShare} of the leader's probability. */
    public static List<HypothesisResult> closeLeaders(List<HypothesisResult> ranked, double closeShare) {
        double line = ranked.get(0).probability() * closeShare;
        return ranked.stream().takeWhile(h -> h.probability() >= line).toList();
    }
}
