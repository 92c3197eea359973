package org.exampath.store;

import org.exampath.domain.FindingValue;

/**
 * Finding values as short tagged text in the finding and audit tables: b:true, n:4, c:positive, s:4:familiar. The audit
 * keeps an encounter's own text entries (its assessment and plan) the same way, as a choice of their whole text
 * ({@link #encodeText}).
 */
public final class ValueCodec {
    private ValueCodec() {
    }

    public static String encode(FindingValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof FindingValue.Flag f) {
            return "b:" + f.value();
        }
        if (value instanceof FindingValue.Count c) {
            return "n:" + c.value();
        }
        if (value instanceof FindingValue.Choice c) {
            return "c:" + c.value();
        }
        FindingValue.Strength s = (FindingValue.Strength) value;
        return "s:" + s.grade() + ":" + s.pain();
    }

    /**
     * An encounter's text entry (its assessment or plan) as the audit keeps it: {@code c:} and the whole text, or null
     * for none; an empty text is none. Both stores audit by this rule (the clinic server's migration 011 in SQL).
     */
    public static String encodeText(String text) {
        return text == null || text.isEmpty() ? null : "c:" + text;
    }

    public static FindingValue decode(String text) {
        if (text == null) {
            return null;
        }
        String body = text.substring(2);
        return switch (text.substring(0, 2)) {
            case "b:" -> FindingValue.Flag.of(Boolean.parseBoolean(body));
            case "n:" -> new FindingValue.Count(Integer.parseInt(body));
            case "c:" -> new FindingValue.Choice(body);
            case "s:" -> new FindingValue.Strength(Integer.parseInt(body.substring(0, body.indexOf(':'))),
                    body.substring(body.indexOf(':') + 1));
            default -> throw new StoreException("a stored value is unreadable: " + text);
        };
    }
}
