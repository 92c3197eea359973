package org.exampath.reasoning;

import java.util.List;

/** Findings that do not fit together, with a one-line message and what to check next. */
public record Inconsistency(String id, String label, List<String> findings, String message, String suggestion,
                            List<String> sources) {
    public Inconsistency {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }
}
