package org.exampath.practice;

import java.util.List;

/**
 * The feedback on one attempt. Red flags missed come first. {@code brier} is null when no
 * probabilities were given. {@code score} is out of 100.
 */
public record Feedback(List<String> missedFlags, List<String> extraFlags, boolean leadingCorrect, List<String> acceptedLeading,
                       boolean imagingCorrect, List<String> acceptedImaging, List<String> inconsistenciesInCase,
                       boolean inconsistencySpotted, List<String> testsUsed, List<String> enginePath, List<String> onPath,
                       List<String> addedNothing, Double brier, int score, List<String> teachingPoints) {
    public Feedback {
        missedFlags = List.copyOf(missedFlags);
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
}
