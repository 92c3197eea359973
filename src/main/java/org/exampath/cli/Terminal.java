package org.exampath.cli;

/**
 * Text on its way to a terminal: messages are one line, and nothing from a file name, a label or a
 * stored value can move the cursor, change colours or reorder the line. Control characters (C0, DEL,
 * C1) and bidirectional overrides are shown as visible escapes such as {@code \u001b}.
 */
final class Terminal {
    private Terminal() {
    }

    /** A message as one line: line breaks become spaces, other control characters visible escapes. */
    static String line(String message) {
        String text = message == null ? "" : message.strip().replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " ");
        return visible(text, true);
    }

    /** A table cell: every control character, tabs and line breaks included, as a visible escape. */
    static String cell(String value) {
        return value == null ? "" : visible(value, false);
    }

    private static String visible(String text, boolean keepTabs) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (hidden(cp) && !(keepTabs && cp == '\t')) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean hidden(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200e || cp == 0x200f || cp == 0x061c;
    }
}
