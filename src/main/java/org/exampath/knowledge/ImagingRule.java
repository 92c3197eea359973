package org.exampath.knowledge;

import java.util.List;

/** One step of the imaging gate; the first rule that holds decides. */
public record ImagingRule(String recommendation, Condition when, String reason, List<String> sources) {
    public ImagingRule {
        sources = List.copyOf(sources);
    }
}
