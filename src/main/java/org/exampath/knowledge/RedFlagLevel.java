package org.exampath.knowledge;

/**
 * One constellation that raises a red flag, at its urgency. {@code reason} says in words what holds;
 * {@code action} is null when the flag's own action applies; {@code judgement} is non-null when the
 * threshold is a judgement rather than a published figure, and says why. {@code unsafeTests} are tests
 * this level's pattern makes unsafe (such as hopping on a possible femoral-neck stress fracture): never
 * asked as the flag's checks, left out of the next tests and out of the inconsistency suggestions while
 * the level holds or one answer could make it hold.
 */
public record RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement,
                           java.util.List<String> unsafeTests) {
    public RedFlagLevel {
        unsafeTests = java.util.List.copyOf(unsafeTests);
    }

    public RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement) {
        this(urgency, when, reason, action, judgement, java.util.List.of());
    }
}
