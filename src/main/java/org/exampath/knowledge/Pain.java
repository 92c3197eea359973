package org.exampath.knowledge;

/** The pain reported during a resisted test (exam/1 strength findings). */
public enum Pain implements Keyed {
    NONE, PAIN, FAMILIAR;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
