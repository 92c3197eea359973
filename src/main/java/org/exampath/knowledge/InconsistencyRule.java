package org.exampath.knowledge;

import java.util.List;

/**
 * A pattern of findings that do not fit together. {@code setAside} lists finding-id prefixes whose
 * likelihood ratios stop counting while the pattern holds (palpation when tenderness is everywhere).
 * {@code tests} are the finding ids {@code suggestion} asks for, and (checked at load) every test the rule reads that
 * some red-flag level can withhold, since the advice re-checks what the rule read; while a red-flag level marks one
 * of them unsafe, {@code suggestionWhileUnsafe} is given instead (never null when {@code tests} is not empty).
 */
public record InconsistencyRule(String id, String label, Condition when, String message, String suggestion,
                                List<String> sources, List<String> setAside, List<String> tests,
                                String suggestionWhileUnsafe) {
    public InconsistencyRule {
        sources = List.copyOf(sources);
        setAside = List.copyOf(setAside);
        tests = List.copyOf(tests);
        if (!tests.isEmpty() && suggestionWhileUnsafe == null) {
            throw new IllegalArgumentException("inconsistency " + id + " lists tests but no suggestionWhileUnsafe");
        }
    }

    /** The suggestion to give while {@code unsafe} tests are withheld by a red flag. */
    public String suggestion(java.util.Set<String> unsafe) {
        return tests.stream().anyMatch(unsafe::contains) ? suggestionWhileUnsafe : suggestion;
    }
}
