package org.exampath.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One likelihood ratio: for this hypothesis, when this condition on the exam holds, multiply the
 * odds by {@code lr}. {@code publishedLr} is the figure from the source; {@code lr} differs only
 * when a case-control design was shrunk. {@code outcome} says in words when the row applies
 * ("positive", "non_tender, tender", "3..5", "combination"). A validated {@code cluster} row replaces the rows of the
 * findings it {@code supersedes} and is not held to the per-family cap.
 */
public record LikelihoodRow(String hypothesis, String finding, Condition when, String outcome, double lr, double publishedLr,
                            String source, String tag, String design, String estimate, String basis,
                            String family, boolean cluster, List<String> supersedes, Set<String> references) {

    public LikelihoodRow {
        supersedes = List.copyOf(supersedes);
        references = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(references));
    }

    public boolean shrunk() {
        return lr != publishedLr;
    }
}
