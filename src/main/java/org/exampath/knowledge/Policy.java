package org.exampath.knowledge;

/**
 * The caps that keep dependent or optimistic likelihood ratios from running away (evidence §5.3), and the next-test
 * ranking's one constant: a hypothesis is a contender while its probability is at least {@code contenderShare} of the
 * leading one's (a ranking policy, not a clinical figure; {@code contenderReason} says why).
 */
public record Policy(double familyCap, double familyFloor, double totalCap, double totalFloor, String source,
                     String estimate, double contenderShare, String contenderReason) {
}
