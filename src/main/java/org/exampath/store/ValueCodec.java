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

    /**
     * Reads back exactly what {@link #encode} writes ({@code b:true}, {@code b:false}, {@code n:} and a whole number,
     * {@code c:} and a choice, {@code s:} a grade 0..5 and none, pain or familiar) and nothing else: a value written by
     * hand, such as SQLite's own true {@code b:1}, is refused rather than read as an answered no.
     */
    public static FindingValue decode(String text) {
        if (text == null) {
            return null;
        }
        FindingValue value = strict(text);
        if (value == null) {
            throw new StoreException("the stored value '" + text + "' is unreadable (ExamPath never writes it; was the "
                    + "database edited by hand?)");
        }
        return value;
    }

    /** As {@link #decode(String)}, a value refused naming the encounter and the finding it was stored for. */
    public static FindingValue decode(long encounterId, String finding, String text) {
        try {
            return decode(text);
        } catch (StoreException e) {
            throw new StoreException("encounter " + encounterId + ", " + finding + ": " + e.getMessage(), e);
        }
    }

    /** The value {@code text} encodes, or null when it is not something {@link #encode} writes. */
    private static FindingValue strict(String text) {
        if (text.length() < 2) {
            return null;
        }
        String body = text.substring(2);
        return switch (text.substring(0, 2)) {
            case "b:" -> "true".equals(body) ? FindingValue.Flag.YES : "false".equals(body) ? FindingValue.Flag.NO : null;
            case "n:" -> count(body);
            case "c:" -> body.isEmpty() ? null : new FindingValue.Choice(body);
            case "s:" -> body.matches("[0-5]:(none|pain|familiar)")
                    ? new FindingValue.Strength(body.charAt(0) - '0', body.substring(2)) : null;
            default -> null;
        };
    }

    /** A whole number as {@link Integer#toString} writes it, or null. */
    private static FindingValue count(String body) {
        if (!body.matches("-?[1-9][0-9]{0,9}|0")) {
            return null;
        }
        try {
            return new FindingValue.Count(Integer.parseInt(body));
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }
}
