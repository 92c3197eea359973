package org.exampath.knowledge;

/**
 * One constellation that raises a red flag, at its urgency. {@code reason} says in words what holds;
 * {@code action} is null when the flag's own action applies; {@code judgement} is non-null when the
 * threshold is a judgement rather than a published figure, and says why. {@code withholdChecks} are
 * findings never asked as the flag's checks while this level holds or one answer could make it hold
 * (a test its pattern makes unsafe, such as hopping on a possible femoral-neck stress fracture).
 */
public record RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement,
                           java.util.List<String> withholdChecks) {
    public RedFlagLevel {
        withholdChecks = java.util.List.copyOf(withholdChecks);
    }

    public RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement) {
        this(urgency, when, reason, action, judgement, java.util.List.of());
    }
}
