package org.exampath.reasoning;

import java.util.List;

/** The imaging gate: not_indicated, if_no_progress or urgent, with the guideline reason. */
public record ImagingDecision(String recommendation, String reason, List<String> sources) {
    public ImagingDecision {
        sources = List.copyOf(sources);
    }
}
