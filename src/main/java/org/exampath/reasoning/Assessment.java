package org.exampath.reasoning;

import java.util.List;

/** Everything the engine says about one exam snapshot. */
public record Assessment(List<HypothesisResult> hypotheses, DriverResult driver, List<DriverResult> drivers,
                         List<RedFlag> redFlags, List<Inconsistency> inconsistencies, ImagingDecision imaging,
                         List<NextTest> nextTests, String knowledgeVersion) {
    public Assessment {
        hypotheses = List.copyOf(hypotheses);
        drivers = List.copyOf(drivers);
        redFlags = List.copyOf(redFlags);
        inconsistencies = List.copyOf(inconsistencies);
        nextTests = List.copyOf(nextTests);
    }

    public HypothesisResult leading() {
        return hypotheses.get(0);
    }

    public boolean hasSeriousFlag() {
        return redFlags.stream().anyMatch(f -> !"soon".equals(f.urgency()));
    }
}
