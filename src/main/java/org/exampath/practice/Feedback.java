package org.exampath.practice;

import java.util.List;

/**
 * The feedback on one attempt. Red flags missed come first, then the screen: the screening
 * questions not asked ({@code screenUnasked}, of {@code screenTotal}) and, among them, those that
 * would have shown this case's flags ({@code relevantUnasked}). {@code brier} is null when no
 * probabilities were given. {@code score} is out of 100. {@code emergencyFirst}: the history the
 * student uncovered already raises an emergency, so the engine would act on it rather than test; a
 * test that confirms that flag counts as on its path. {@code leadingFromEngine}: the case names no
 * leading hypothesis, so {@code acceptedLeading} is the engine's top one with every hypothesis tied with it.
 * {@code inconsistencySpotted}: the student marked a finding of an inconsistency they uncovered whole (see
 * {@link Scorer#uncovered}); one in questions or tests they never did is not judged.
 */
public record Feedback(List<String> missedFlags, List<String> screenUnasked, int screenTotal, List<String> relevantUnasked,
                       List<String> extraFlags, boolean leadingCorrect, List<String> acceptedLeading,
                       boolean imagingCorrect, List<String> acceptedImaging, List<String> inconsistenciesInCase,
                       boolean inconsistencySpotted, List<String> testsUsed, List<String> enginePath, List<String> onPath,
                       List<String> addedNothing, Double brier, int score, List<String> teachingPoints,
                       boolean emergencyFirst, boolean leadingFromEngine) {
    public Feedback {
        missedFlags = List.copyOf(missedFlags);
        screenUnasked = List.copyOf(screenUnasked);
        relevantUnasked = List.copyOf(relevantUnasked);
        extraFlags = List.copyOf(extraFlags);
        acceptedLeading = List.copyOf(acceptedLeading);
        acceptedImaging = List.copyOf(acceptedImaging);
        inconsistenciesInCase = List.copyOf(inconsistenciesInCase);
        testsUsed = List.copyOf(testsUsed);
        enginePath = List.copyOf(enginePath);
        onPath = List.copyOf(onPath);
        addedNothing = List.copyOf(addedNothing);
        teachingPoints = List.copyOf(teachingPoints);
    }

    /** Every screening question was asked. */
    public boolean screenComplete() {
        return screenUnasked.isEmpty();
    }

    /** The red-flag share is earned: every flag seen and the whole screen asked. */
    public boolean flagsEarned() {
        return missedFlags.isEmpty() && screenUnasked.isEmpty();
    }
}
