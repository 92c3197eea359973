package org.exampath.knowledge;

import java.util.List;

/**
 * A pattern of findings that do not fit together. {@code setAside} lists finding-id prefixes whose
 * likelihood ratios stop counting while the pattern holds (palpation when tenderness is everywhere).
 */
public record InconsistencyRule(String id, String label, Condition when, String message, String suggestion,
                                List<String> sources, List<String> setAside) {
    public InconsistencyRule {
        sources = List.copyOf(sources);
        setAside = List.copyOf(setAside);
    }
}
