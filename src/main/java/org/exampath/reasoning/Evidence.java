package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.FindingValue;

/**
 * One factor that moved a hypothesis: the finding and its value, the LR that counted (after
 * shrinkage and the family cap), the published LR, its source, and the probability before and after
 * (running products held within the total cap, so the last "after" is the hypothesis's probability).
 * {@code findings} lists every recorded finding the row rests on (just the one for ordinary rows) and
 * {@code values} their values, in the same order. A validated {@code cluster} is shown by all of them:
 * its row is filed under one member, whose own value may even point the other way.
 */
public record Evidence(String finding, FindingValue value, double lr, double publishedLr, String source,
                       String tag, String estimate, String basis, String family, double before, double after,
                       List<String> findings, List<FindingValue> values, boolean cluster) implements RestsOn {
    public Evidence {
        findings = List.copyOf(findings);
        values = List.copyOf(values);
        if (values.size() != findings.size()) {
            throw new IllegalArgumentException("one value per finding");
        }
    }
}
