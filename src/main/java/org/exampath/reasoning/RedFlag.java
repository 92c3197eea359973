package org.exampath.reasoning;

import java.util.List;

/** A raised red flag: urgency, the findings that raised it and what to do. */
public record RedFlag(String id, String label, String urgency, List<String> findings, String action,
                      List<String> sources) {
    public RedFlag {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }
}
