package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.FindingValue;

/**
 * One factor that moved a hypothesis: the finding and its value, the LR that counted (after
 * shrinkage and the family cap), the published LR, its source, and the probability before and after
 * (running products held within the total cap, so the last "after" is the hypothesis's probability).
 * {@code findings} lists every finding a cluster row rests on (just the one for ordinary rows).
 */
public record Evidence(String finding, FindingValue value, double lr, double publishedLr, String source,
                       String tag, String estimate, String basis, String family, double before, double after,
                       List<String> findings) {
    public Evidence {
        findings = List.copyOf(findings);
    }
}
