package org.exampath.reasoning;

/**
 * An untested finding and the information (bits) its result is expected to add to the working diagnosis: about each
 * hypothesis weighted by its probability relative to the leader, plus about which of the close contenders it is.
 */
public record NextTest(String finding, double expectedGain) {
}
