package org.exampath.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;

/**
 * The two leading hypotheses when the exam cannot yet tell them apart, so that neither is shown as the leader as if
 * it were clear: no emergency stands (then the working diagnosis is held back anyway), something recorded bears on the
 * leader (before that the figures are starting estimates), and the runner-up's probability is at least the policy's
 * {@code closeShare} of the leader's. A display rule, not a clinical one: the probabilities themselves are unchanged.
 */
public record CloseCall(HypothesisResult first, HypothesisResult second) {

    /** The close pair of {@code assessment}, if its two leaders are within {@code closeShare} of each other. */
    public static Optional<CloseCall> of(Assessment assessment, double closeShare) {
        List<HypothesisResult> ranked = assessment.hypotheses();
        if (assessment.emergency() || ranked.size() < 2 || ranked.get(0).contributions().isEmpty()) {
            return Optional.empty();
        }
        HypothesisResult leader = ranked.get(0);
        HypothesisResult runnerUp = ranked.get(1);
        return runnerUp.probability() >= leader.probability() * closeShare
                ? Optional.of(new CloseCall(leader, runnerUp)) : Optional.empty();
    }

    /**
     * "Cannot yet separate deep gluteal syndrome (38%) and lumbar radicular pain (35%)", each hypothesis named from its
     * label by {@code name}.
     */
    public String sentence(Function<String, String> name) {
        return "Cannot yet separate " + name.apply(first.label()) + " (" + Describe.percent(first.probability()) + ") and "
                + name.apply(second.label()) + " (" + Describe.percent(second.probability()) + ")";
    }

    /** {@code pair} names exactly these two hypotheses, in either order. */
    public boolean is(List<String> pair) {
        return pair.size() == 2 && Set.copyOf(pair).equals(Set.of(first.id(), second.id()));
    }
}
