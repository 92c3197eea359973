package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.FindingValue;

/**
 * One factor that moved a hypothesis: the finding and its value, the LR that counted (after
 * shrinkage and the family cap), the published LR, its source, and the probability before and after
 * (running products held within the total cap, so the last "after" is the hypothesis's probability).
 * {@code findings} lists the recorded findings the row rests on (those that make it hold; for a validated
 * {@code cluster} every recorded member) and {@code values} their values, in the same order. A cluster is shown
 * by all of them: its row is filed under one member, whose own value may even point the other way, or which may
 * not be recorded at all. {@code heldBy} is the recorded finding the row is named by ({@link RestsOn#heldBy}).
 */
public record Evidence(String finding, FindingValue value, double lr, double publishedLr, String source,
                       String tag, String estimate, String basis, String family, double before, double after,
                       List<String> findings, List<FindingValue> values, boolean cluster,
                       String heldBy) implements RestsOn {
    public Evidence {
        findings = List.copyOf(findings);
        values = List.copyOf(values);
        if (values.size() != findings.size()) {
            throw new IllegalArgumentException("one value per finding");
        }
    }
}
