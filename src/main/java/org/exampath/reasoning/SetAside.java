package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.FindingValue;

/**
 * A likelihood ratio that matched but did not count, and why (weaker family member, superseded, set aside).
 * A validated {@code cluster} is described by its recorded {@code findings} and {@code values}, as in
 * {@link Evidence}; {@code countedInstead} names the recorded findings of the row that counted in its
 * place (empty when none did). {@code heldBy} is the recorded finding the row is named by ({@link RestsOn#heldBy}).
 */
public record SetAside(String finding, double lr, String source, String reason, List<String> countedInstead,
                       boolean cluster, List<String> findings, List<FindingValue> values,
                       String heldBy) implements RestsOn {
    public SetAside {
        countedInstead = List.copyOf(countedInstead);
        findings = List.copyOf(findings);
        values = List.copyOf(values);
        if (values.size() != findings.size()) {
            throw new IllegalArgumentException("one value per finding");
        }
    }
}
