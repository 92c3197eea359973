package org.exampath.knowledge;

import java.util.List;

/** At a follow-up, any of these findings new or worse than last time raises this red-flag finding. */
public record ProgressionRule(String flag, List<String> findings) {
    public ProgressionRule {
        findings = List.copyOf(findings);
    }
}
