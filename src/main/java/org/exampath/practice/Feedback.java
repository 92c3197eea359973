package org.exampath.practice;

import java.util.List;
import java.util.Map;

/**
 * The feedback on one attempt. {@code caseFlags} are the flags the case holds (expected or raised by its whole exam). Red flags missed (not named) come first; {@code foundFlags} maps each of the case's
 * flags that what the student recorded raises (as the exam window would raise it) to the findings that raise it,
 * so a missed flag the student found is told apart from one they never reached. Then the screen: the screening
 * questions not asked ({@code screenUnasked}, of {@code screenTotal}), among them those that would have shown a
 * flag the student did not find ({@code relevantUnasked}), and the questions of a flag they found by examination
 * but did not ask ({@code flagQuestionsUnasked}). {@code extraFlags} are the flags named that the case does not
 * hold, and {@code overCalledCost} what they took off the red-flag share; {@code namedWithoutImaging} the emergency
 * or urgent flags named while "imaging not indicated" was chosen. {@code flagPoints} is the red-flag share (of 40),
 * after that cost.
 * {@code brier} is null when no probabilities were given, when a ranked hypothesis has none (a blank is not a 0%),
 * or when the leader they would be judged against is held back; {@code figuresGiven} then judges the figures given
 * alone when some ranked hypotheses have one and some none (null otherwise). {@code score} is out of 100. {@code emergency}: what the student uncovered raises an emergency, so
 * their tests are judged against it ({@link TestVerdict}). {@code heldBack}: the whole case raises an emergency,
 * so the engine's leader and probabilities are held back, as the panel holds them back; when the case names no
 * answer, naming the emergency is the working diagnosis and {@code acceptedLeading} is empty.
 * {@code leadingFromEngine}: the case names no leading hypothesis, so {@code acceptedLeading} is the engine's top
 * one with every hypothesis tied with it. {@code inconsistencySpotted}: the student marked a finding of an
 * inconsistency they uncovered whole (see {@link Scorer#uncovered}); one in questions or tests they never did is
 * not judged.
 */
public record Feedback(List<String> caseFlags, List<String> missedFlags, Map<String, List<String>> foundFlags, List<String> screenUnasked,
                       int screenTotal, List<String> relevantUnasked, List<String> flagQuestionsUnasked,
                       List<String> extraFlags, int overCalledCost, List<String> namedWithoutImaging, int flagPoints, boolean leadingCorrect, List<String> acceptedLeading,
                       boolean imagingCorrect, List<String> acceptedImaging, List<String> inconsistenciesInCase,
                       boolean inconsistencySpotted, List<String> testsUsed, List<String> enginePath,
                       List<TestVerdict> verdicts, Double brier, FiguresGiven figuresGiven, int score, List<String> teachingPoints,
                       boolean emergency, boolean heldBack, boolean leadingFromEngine) {
    public Feedback {
        caseFlags = List.copyOf(caseFlags);
        missedFlags = List.copyOf(missedFlags);
        foundFlags = Map.copyOf(foundFlags);
        screenUnasked = List.copyOf(screenUnasked);
        relevantUnasked = List.copyOf(relevantUnasked);
        flagQuestionsUnasked = List.copyOf(flagQuestionsUnasked);
        extraFlags = List.copyOf(extraFlags);
        namedWithoutImaging = List.copyOf(namedWithoutImaging);
        acceptedLeading = List.copyOf(acceptedLeading);
        acceptedImaging = List.copyOf(acceptedImaging);
        inconsistenciesInCase = List.copyOf(inconsistenciesInCase);
        testsUsed = List.copyOf(testsUsed);
        enginePath = List.copyOf(enginePath);
        verdicts = List.copyOf(verdicts);
        teachingPoints = List.copyOf(teachingPoints);
    }

    /** Every screening question was asked. */
    public boolean screenComplete() {
        return screenUnasked.isEmpty();
    }

    /** The whole red-flag share is earned: every flag named, and the whole screen asked. */
    public boolean flagsEarned() {
        return flagPoints == Scorer.FLAG_SHARE;
    }

    /** The student's tests that earn the test share, in the order done. */
    public List<String> onPath() {
        return verdicts.stream().filter(TestVerdict::onPath).map(TestVerdict::finding).toList();
    }

    /** The student tested before asking the screening questions that show a flag of the case: no test is on the path. */
    public boolean testedBeforeScreen() {
        return verdicts.stream().anyMatch(v -> v.kind() == TestVerdict.Kind.BEFORE_SCREEN);
    }

    /** The tests that are graded at all (while an emergency stands, only those that bear on it). */
    public List<String> graded() {
        return verdicts.stream().filter(TestVerdict::graded).map(TestVerdict::finding).toList();
    }

    /** The student's tests that moved nothing in the panel: set aside, already at the cap, or without a likelihood ratio. */
    public List<String> addedNothing() {
        return verdicts.stream().filter(v -> v.kind() == TestVerdict.Kind.SET_ASIDE || v.kind() == TestVerdict.Kind.AT_CAP
                || v.kind() == TestVerdict.Kind.NO_LR).map(TestVerdict::finding).toList();
    }
}
