package org.exampath.knowledge;

/** The caps that keep dependent or optimistic likelihood ratios from running away (evidence §5.3). */
public record Policy(double familyCap, double familyFloor, double totalCap, double totalFloor, String source,
                     String estimate) {
}
