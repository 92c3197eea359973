package org.exampath.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's complaints in the clinician's words. The parser's own messages name Java classes and
 * settings ("enable `JsonReadFeature...` to allow"); each known kind is reworded as what was expected and
 * what was found, and anything else keeps only its first plain words.
 */
final class JsonComplaints {
    private static final Pattern TOKEN = Pattern.compile("(?:Non-standard|Unrecognized) token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('.*?' \\(code (\\d+)[^)]*\\)\\)(.*)",
            Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'(?:: expected '(.)')?.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
            Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final String VALUE = "a string in double quotes, a number, true, false, null or an object";

    private JsonComplaints() {
    }

    /**
     * One line for a parser complaint: {@code key} is the key whose value was being read ("" if none),
     * {@code container} the object being read, {@code where} " line L, column C".
     */
    static String plain(String message, String key, String container, String where) {
        String m = message == null ? "" : message;
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.matches()) {
            String name = "key \"" + ExamReader.clip(duplicate.group(1)) + "\" appears twice";
            return (container.isEmpty() ? name + " at the top level" : container + ": " + name)
                    + " (at" + where + "); expected each key once";
        }
        return (key.isEmpty() ? "" : key + ": ") + "invalid JSON at" + where + ": " + reason(m);
    }

    private static String reason(String m) {
        Matcher x = TOKEN.matcher(m);
        if (x.matches()) {
            return "'" + ExamReader.clip(x.group(1)) + "' is not a JSON value; expected " + VALUE;
        }
        x = CHARACTER.matcher(m);
        if (x.matches()) {
            return character(Integer.parseInt(x.group(1)), x.group(2));
        }
        if (m.startsWith("Invalid numeric value")) {
            return m.contains("Leading zero") ? "a number may not start with 0; expected digits such as 7 or 40"
                    : "a malformed number; expected digits such as 7, 40 or 4.5";
        }
        x = CLOSE.matcher(m);
        if (x.matches()) {
            return x.group(2) == null ? "'" + x.group(1) + "' closes nothing that is open"
                    : "expected '" + x.group(2) + "' to close what is open, found '" + x.group(1) + "'";
        }
        x = CONTROL.matcher(m);
        if (x.matches()) {
            return x.group(1) != null
                    ? "a control character (code " + x.group(2) + ") inside a string; expected it written as an escape such as \\n or \\t"
                    : "a control character (code " + x.group(2) + ") between values; expected only spaces, tabs and line breaks";
        }
        x = ESCAPE.matcher(m);
        if (x.matches()) {
            return "unknown escape \\" + ExamReader.clip(x.group(1)) + " in a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                    + "or \\u and four hexadecimal digits";
        }
        if (m.startsWith("Broken surrogate pair")) {
            return "an unpaired surrogate escape in " + (m.contains("field name") ? "a key" : "a string") + "; expected Unicode text";
        }
        return firstPlainWords(m);
    }

    private static String character(int code, String rest) {
        String found = code < 0x20 || code == 0x7f ? "a control character (code " + code + ")"
                : "'" + ExamReader.clip(Character.toString(code)) + "'";
        if (rest.contains("in numeric value")) {
            return rest.contains("plus sign") ? "a number may not start with +; expected digits such as 7 or 40"
                    : "a malformed number before " + found + "; expected digits such as 7, 40 or 4.5";
        }
        if (rest.contains("start field name")) {
            return "expected a key in double quotes, found " + found;
        }
        if (rest.contains("comment")) {
            return "comments are not allowed in an exam file, found " + found;
        }
        if (rest.contains("colon")) {
            return "expected ':' after the key, found " + found;
        }
        if (rest.contains("Object entries")) {
            return "expected ',' or '}' after a value, found " + found;
        }
        if (rest.contains("Array entries")) {
            return "expected ',' or ']' after a value, found " + found;
        }
        if (rest.contains("hex-digit")) {
            return "a \\u escape needs four hexadecimal digits, found " + found;
        }
        if (rest.contains("valid value")) {
            return "expected " + VALUE + ", found " + found;
        }
        return "unexpected character " + found;
    }

    /**
     * What is left of an unknown complaint: its first line up to the first mention of the library's internals
     * (backquoted names, "(for ...)", "[Source"), ended at a whole word.
     */
    static String firstPlainWords(String m) {
        String line = m.lines().findFirst().orElse("").strip();
        for (String internal : new String[] {"`", " (for ", "[Source", ": enable", " (through reference chain"}) {
            int at = line.indexOf(internal);
            if (at >= 0) {
                line = line.substring(0, at);
            }
        }
        line = line.replaceAll("[\\s:;,(]+$", "");
        if (line.length() > 120) {
            int space = line.lastIndexOf(' ', 120);
            line = line.substring(0, space > 40 ? space : 120);
        }
        return line.isEmpty() ? "unreadable JSON" : line;
    }
}
