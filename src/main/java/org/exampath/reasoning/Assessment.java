package org.exampath.reasoning;

import java.util.List;
import java.util.Optional;
import org.exampath.knowledge.Urgency;

/**
 * Everything the engine says about one exam snapshot. While an emergency flag stands,
 * {@code nextTests} is empty and the drivers' management is withheld; while an urgent one stands,
 * management and next tests are subordinate to the flag's action.
 */
public record Assessment(List<HypothesisResult> hypotheses, DriverResult driver, List<DriverResult> drivers,
                         List<RedFlag> redFlags, List<Inconsistency> inconsistencies, ImagingDecision imaging,
                         List<NextTest> nextTests, String knowledgeVersion, RedFlagScreen redFlagScreen) {
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

    /** An emergency or urgent flag stands ("soon" and "noted" do not count). */
    public boolean hasSeriousFlag() {
        return redFlags.stream().anyMatch(RedFlag::serious);
    }

    /** The most pressing urgency raised, or null when no flag stands. */
    public Urgency highestUrgency() {
        return redFlags.isEmpty() ? null : redFlags.get(0).level();
    }

    /** An emergency stands: everything but the flag is withheld. */
    public boolean emergency() {
        return highestUrgency() == Urgency.EMERGENCY;
    }

    /**
     * The leading hypothesis as it may be shown or listed: none while an emergency holds the working diagnosis
     * back, so no list names a diagnosis the window withholds.
     */
    public Optional<HypothesisResult> shownLeading() {
        return emergency() ? Optional.empty() : Optional.of(leading());
    }
}
