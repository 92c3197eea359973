package org.exampath.clinic;

import java.util.List;
import java.util.stream.Collectors;
import org.exampath.store.StoreException;

/**
 * Another clinician changed findings, or the encounter's own entries (its side, age, sex, assessment or plan), since
 * this client last saw them and this client changed them too: their values stand, and the message names each with both
 * values and who set theirs, so nothing is overwritten silently.
 */
public final class ClinicConflict extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<ClinicFindings.Conflict> conflicts;
    private final transient List<ClinicFindings.Conflict> entries;

    public ClinicConflict(List<ClinicFindings.Conflict> conflicts) {
        this(conflicts, List.of());
    }

    /** {@code entries}: the encounter's own entries refused, named {@code encounter.plan} and so on, their values as text. */
    public ClinicConflict(List<ClinicFindings.Conflict> conflicts, List<ClinicFindings.Conflict> entries) {
        super(describe(conflicts, entries));
        this.conflicts = List.copyOf(conflicts);
        this.entries = List.copyOf(entries);
    }

    /** The findings refused. */
    public List<ClinicFindings.Conflict> conflicts() {
        return conflicts;
    }

    /** The encounter's own entries refused (side, age, sex, assessment, plan), by name ({@code encounter.plan}). */
    public List<ClinicFindings.Conflict> entries() {
        return entries;
    }

    private static String describe(List<ClinicFindings.Conflict> conflicts, List<ClinicFindings.Conflict> entries) {
        return "changed meanwhile by another clinician, not overwritten: " + java.util.stream.Stream.concat(
                conflicts.stream().map(c -> c.finding() + " is " + shown(c.theirs()) + " (set by " + c.setBy() + ") where you have "
                        + shown(c.yours())),
                entries.stream().map(c -> "the " + c.finding().substring(ClinicEntries.PREFIX.length()) + " is " + quoted(c.theirs())
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
