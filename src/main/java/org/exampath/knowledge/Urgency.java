package org.exampath.knowledge;

/**
 * How soon a raised red flag must be acted on, most pressing first. {@code NOTED} is a logged,
 * low-value item (night pain alone, age over 50 alone) that is never escalated (evidence §3.3 step 4).
 */
public enum Urgency implements Keyed {
    EMERGENCY, URGENT, SOON, NOTED;

    /** The lower-case key, worked out once: the engine asks for it on every assessment. */
    private final String key;

    Urgency() {
        key = name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String key() {
        return key;
    }

    /** Emergency or urgent: a flag that puts everything else beneath it. */
    public boolean serious() {
        return this == EMERGENCY || this == URGENT;
    }
}
