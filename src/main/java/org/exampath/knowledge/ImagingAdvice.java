package org.exampath.knowledge;

/** What the imaging gate can say (exam/1 contract). */
public enum ImagingAdvice implements Keyed {
    NOT_INDICATED, IF_NO_PROGRESS, URGENT;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
