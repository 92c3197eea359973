package org.exampath.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a student commits: a ranked working diagnosis (optionally with probabilities), the red flags
 * they see, an imaging decision, and any findings they judge inconsistent.
 */
public record Answer(List<String> ranked, Map<String, Double> probabilities, Set<String> redFlags, String imaging,
                     Set<String> inconsistentFindings) {
    public Answer {
        ranked = List.copyOf(ranked);
        probabilities = Map.copyOf(probabilities);
        redFlags = Set.copyOf(redFlags);
        inconsistentFindings = Set.copyOf(inconsistentFindings);
    }
}
