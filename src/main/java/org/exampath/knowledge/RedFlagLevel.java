package org.exampath.knowledge;

/**
 * One constellation that raises a red flag, at its urgency. {@code reason} says in words what holds;
 * {@code action} is null when the flag's own action applies; {@code judgement} is non-null when the
 * threshold is a judgement rather than a published figure, and says why.
 */
public record RedFlagLevel(Urgency urgency, Condition when, String reason, String action, String judgement) {
}
