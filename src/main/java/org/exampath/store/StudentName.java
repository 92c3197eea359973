package org.exampath.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a student's practice progress is kept under: the name as typed, in Unicode NFC, without invisible format
 * characters (a zero-width space), with inner white space collapsed to one space, trimmed and in lower case. So
 * "José" typed composed on one keyboard and pasted decomposed from another system, "Anna  Berg" and "anna berg" are
 * one student. The name shown stays as the student typed it; only the lookup uses the key.
 */
public final class StudentName {
    private StudentName() {
    }

    /** The lookup key of {@code name} ("" for a name of nothing but white space or invisible characters). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder visible = new StringBuilder(composed.length());
        composed.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(visible::appendCodePoint);
        return visible.toString().replaceAll("[\\s\\p{Z}]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
