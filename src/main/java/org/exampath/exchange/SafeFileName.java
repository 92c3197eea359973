package org.exampath.exchange;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;

/**
 * A file name made from free text, such as a patient label, that Windows, macOS and Linux all accept: letters,
 * marks and digits of every script are kept ("Μαρία", "王芳"), and only what a file system refuses or what hides
 * a name's real form is replaced with {@code _}: the characters Windows reserves ({@code < > : " / \ | ? *}),
 * control and invisible format characters (a right-to-left override could disguise the extension), separators
 * other than a space, and a leading dot (a hidden file on Linux and macOS). Spaces are kept, one between words.
 * The name is cut at a whole character so that its UTF-8 form stays within {@link #MAX_BYTES}, leaving room for
 * what the caller appends (a date, an extension) under the usual 255-byte limit.
 */
public final class SafeFileName {
    /** Longest result in UTF-8 bytes. */
    public static final int MAX_BYTES = 200;

    private static final String RESERVED = "<>:\"/\\|?*";

    private SafeFileName() {
    }

    /** {@code text} as a file name, or {@code fallback} when it is null or blank. */
    public static String of(String text, String fallback) {
        if (text == null) {
            return fallback;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(cp -> out.appendCodePoint(unsafe(cp) ? '_' : cp));
        for (int i = 0; i < out.length() && out.charAt(i) == '.'; i++) {
            out.setCharAt(i, '_');
        }
        String name = cut(out.toString());
        return name.isBlank() ? fallback : name;
    }

    private static boolean unsafe(int cp) {
        if (RESERVED.indexOf(cp) >= 0) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** The longest run of whole characters (a letter with its accents kept together) within {@link #MAX_BYTES}. */
    private static String cut(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(name);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (name.substring(0, next).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                break;
            }
            end = next;
        }
        return name.substring(0, end).strip();
    }
}
