package org.exampath.knowledge;

/** The provenance of a number (evidence §0.1): verified primary or secondary, computed, memory, or a judgement. */
public enum Tag implements Keyed {
    VERIFIED_PRIMARY("V-P"), VERIFIED_SECONDARY("V-S"), COMPUTED("C"), MEMORY("M"), ESTIMATE("estimate");

    private final String key;

    Tag(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Numbers from memory and judgements must say why they are trusted. */
    public boolean needsReason() {
        return this == MEMORY || this == ESTIMATE;
    }
}
