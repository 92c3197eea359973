package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        return headline().shownLeading();
    }

    /** The leading hypothesis, red flags and screen: what an encounter list shows of this assessment. */
    public Headline headline() {
        return new Headline(leading(), redFlags, redFlagScreen);
    }

    /** How many red-flag checks lead the next tests, so the tests for the working diagnosis stay in view. */
    public static final int FLAG_CHECKS_LISTED = 3;

    /** One red-flag check that leads the next tests, with the flag it checks. */
    public record FlagCheck(String finding, RedFlag flag) {
    }

    /**
     * The raised flags' first {@value #FLAG_CHECKS_LISTED} checks, most pressing flag first, each once: what
     * the next tests start with (each flag's own line lists all of its checks). A noted item has none.
     */
    public List<FlagCheck> leadingChecks() {
        List<FlagCheck> out = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (RedFlag flag : redFlags) {
            for (String check : flag.noted() ? List.<String>of() : flag.checks()) {
                if (out.size() < FLAG_CHECKS_LISTED && listed.add(check)) {
                    out.add(new FlagCheck(check, flag));
                }
            }
        }
        return out;
    }
}
