package org.exampath.reasoning;

/** An untested finding and the information (bits, summed over hypotheses) its result is expected to add. */
public record NextTest(String finding, double expectedGain) {
}
