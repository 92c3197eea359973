package org.exampath.reasoning;

import java.util.List;

/**
 * A raised red flag: urgency, the findings that raised it and what to do. {@code derivedFrom} is
 * empty for a flag raised by what was entered; for a flag the engine inferred (progression since
 * the last visit) it names the findings that are new or worse, the reason shown beside the flag.
 */
public record RedFlag(String id, String label, String urgency, List<String> findings, String action,
                      List<String> sources, List<String> derivedFrom) {
    public RedFlag {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        derivedFrom = List.copyOf(derivedFrom);
    }

    public RedFlag(String id, String label, String urgency, List<String> findings, String action, List<String> sources) {
        this(id, label, urgency, findings, action, sources, List.of());
    }

    public boolean derived() {
        return !derivedFrom.isEmpty();
    }

    RedFlag derivedFrom(List<String> reasons) {
        return new RedFlag(id, label, urgency, findings, action, sources, reasons);
    }
}
