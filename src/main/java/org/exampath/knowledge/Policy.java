package org.exampath.knowledge;

/**
 * The caps that keep dependent or optimistic likelihood ratios from running away (evidence §5.3), the next-test
 * ranking's one constant: a hypothesis is a contender while its probability is at least {@code contenderShare} of the
 * leading one's (a ranking policy, not a clinical figure; {@code contenderReason} says why), and the summary's one:
 * the two leading hypotheses are shown as not yet separated while the runner-up's probability is at least
 * {@code closeShare} of the leader's (a display judgement; {@code closeReason} says why).
 */
public record Policy(double familyCap, double familyFloor, double totalCap, double totalFloor, String source,
                     String estimate, double contenderShare, String contenderReason, double closeShare,
                     String closeReason) {
}
