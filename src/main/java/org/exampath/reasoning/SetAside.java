package org.exampath.reasoning;

/** A likelihood ratio that matched but did not count, and why (weaker family member, superseded, set aside). */
public record SetAside(String finding, double lr, String source, String reason) {
}
