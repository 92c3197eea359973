package org.exampath.knowledge;

/**
 * How soon a raised red flag must be acted on, most pressing first. {@code NOTED} is a logged,
 * low-value item (night pain alone, age over 50 alone) that is never escalated (evidence §3.3 step 4).
 */
public enum Urgency implements Keyed {
    EMERGENCY, URGENT, SOON, NOTED;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Emergency or urgent: a flag that puts everything else beneath it. */
    public boolean serious() {
        return this == EMERGENCY || this == URGENT;
    }
}
