package org.exampath.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;

/**
 * The leading hypotheses when the exam cannot yet tell them apart, so that none is shown as the leader as if it were
 * clear: every hypothesis whose probability is at least the policy's {@code closeShare} of the leader's, when there
 * are two or more. None while an emergency stands (the working diagnosis is held back anyway) or while the figures
 * are starting estimates (nothing beyond age and sex recorded, see {@link StartingEstimates}). A display rule, not a
 * clinical one: the probabilities are unchanged, and each hypothesis is still scored on its own (they can co-exist).
 */
public record CloseCall(List<HypothesisResult> close) {
    /** How many the sentence names; the rest are counted ("and 2 more"), all of them are in the panel's rows. */
    private static final int NAMED = 3;

    public CloseCall {
        close = List.copyOf(close);
        if (close.size() < 2) {
            throw new IllegalArgumentException("a close call names at least two hypotheses");
        }
    }

    /** The close hypotheses of {@code assessment}, most likely first, if two or more are within {@code closeShare} of the leader. */
    public static Optional<CloseCall> of(Assessment assessment, double closeShare) {
        List<HypothesisResult> ranked = assessment.hypotheses();
        if (assessment.emergency() || ranked.size() < 2 || StartingEstimates.only(assessment)) {
            return Optional.empty();
        }
        List<HypothesisResult> close = HypothesisResult.closeLeaders(ranked, closeShare);
        return close.size() < 2 ? Optional.empty() : Optional.of(new CloseCall(close));
    }

    public HypothesisResult first() {
        return close.get(0);
    }

    /**
     * "No clear leader yet: deep gluteal syndrome (38%) and lumbar radicular pain (35%)", or with more, "…: A (21%),
     * B (20%), C (20%) and 1 more"; each hypothesis named from its label by {@code name}.
     */
    public String sentence(Function<String, String> name) {
        List<String> named = new ArrayList<>();
        for (HypothesisResult h : close.subList(0, Math.min(NAMED, close.size()))) {
            named.add(name.apply(h.label()) + " (" + Describe.percent(h.probability()) + ")");
        }
        int more = close.size() - named.size();
        String list = more > 0 ? String.join(", ", named) + " and " + more + " more"
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return "No clear leader yet: " + list;
    }

    /** Every close hypothesis belongs to {@code driver}. */
    public boolean allOfDriver(String driver) {
        return close.stream().allMatch(h -> h.driver().equals(driver));
    }

    /** {@code pair} names two of the close hypotheses, in either order. */
    public boolean covers(List<String> pair) {
        Set<String> ids = Set.copyOf(close.stream().map(HypothesisResult::id).toList());
        return pair.size() == 2 && !pair.get(0).equals(pair.get(1)) && ids.containsAll(pair);
    }
}
