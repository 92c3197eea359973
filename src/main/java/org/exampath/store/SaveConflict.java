package org.exampath.store;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Another clinician (or another window) changed findings, or the encounter's own entries (its side, age, sex, assessment
 * or plan), since this client last saw them and this client changed them too: their values stand, the rest of the save
 * is kept, and the message names each with both values and who set theirs, so nothing is overwritten silently. Both
 * stores throw it.
 */
public final class SaveConflict extends StoreException {
    private static final long serialVersionUID = 1L;
    /** Prefix of an encounter's own entry in a conflict ({@code encounter.plan}), which no finding's id has. */
    public static final String ENTRY = "encounter.";

    /**
     * One value refused: the finding (or entry) it is, this client's value and the stored one (findings encoded as the
     * store keeps them, {@code c:positive}; entries as text), and who set the stored one when (null: not known).
     */
    public record Clash(String finding, String yours, String theirs, String setBy, Instant setAt) {
    }

    private final transient List<Clash> conflicts;
    private final transient List<Clash> entries;

    public SaveConflict(List<Clash> conflicts) {
        this(conflicts, List.of());
    }

    /** {@code entries}: the encounter's own entries refused, named {@code encounter.plan} and so on, their values as text. */
    public SaveConflict(List<Clash> conflicts, List<Clash> entries) {
        super(describe(conflicts, entries));
        this.conflicts = List.copyOf(conflicts);
        this.entries = List.copyOf(entries);
    }

    /** The findings refused. */
    public List<Clash> conflicts() {
        return conflicts;
    }

    /** The encounter's own entries refused (side, age, sex, assessment, plan), by name ({@code encounter.plan}). */
    public List<Clash> entries() {
        return entries;
    }

    private static String describe(List<Clash> conflicts, List<Clash> entries) {
        return "changed meanwhile by another clinician, not overwritten: " + Stream.concat(
                conflicts.stream().map(c -> c.finding() + " is " + shown(c.theirs()) + " (set by " + c.setBy() + ") where you have "
                        + shown(c.yours())),
                entries.stream().map(c -> "the " + c.finding().substring(ENTRY.length()) + " is " + quoted(c.theirs())
                        + " (set by " + c.setBy() + ") where you have " + quoted(c.yours())))
                .collect(Collectors.joining("; "));
    }

    /** An entry's text on one line, cut to 60 characters. */
    private static String quoted(String text) {
        if (text == null) {
            return "none";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return "\"" + (line.codePointCount(0, line.length()) > 60 ? line.substring(0, line.offsetByCodePoints(0, 57)) + "..." : line)
                + "\"";
    }

    private static String shown(String encoded) {
        return encoded == null ? "not recorded" : encoded.substring(encoded.indexOf(':') + 1);
    }
}
