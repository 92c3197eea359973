package org.exampath.knowledge;

/**
 * One constellation that raises a red flag, at its urgency. {@code reason} says in words what holds;
 * {@code action} is null when the flag's own action applies; {@code judgement} is non-null when the
 * threshold is a judgement rather than a published figure, and says why. {@code unsafeTests} are tests
 * this level's pattern makes unsafe (such as hopping on a possible femoral-neck stress fracture): never
 * asked as the flag's checks, left out of the next tests and out of the inconsistency suggestions while
 * the level holds or one answer could make it hold. {@code actionChecks} are the findings the action (this level's,
 * or the rule's when it has none) asks the clinician to record now, such as the foot pulses for a possible vascular
 * claudication: listed among the flag's checks while unasked, even when no answer to them would change the level.
 */
public record RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement,
                           java.util.List<String> unsafeTests, java.util.List<String> actionChecks) {
    public RedFlagLevel {
        unsafeTests = java.util.List.copyOf(unsafeTests);
        actionChecks = java.util.List.copyOf(actionChecks);
    }

    public RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement) {
        this(urgency, when, reason, action, judgement, java.util.List.of(), java.util.List.of());
    }
}
