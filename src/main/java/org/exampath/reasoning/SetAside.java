package org.exampath.reasoning;

import java.util.List;

/**
 * A likelihood ratio that matched but did not count, and why (weaker family member, superseded, set aside).
 * {@code countedInstead} names the findings of the row that counted in its place (empty when none did).
 */
public record SetAside(String finding, double lr, String source, String reason, List<String> countedInstead) {
    public SetAside {
        countedInstead = List.copyOf(countedInstead);
    }
}
