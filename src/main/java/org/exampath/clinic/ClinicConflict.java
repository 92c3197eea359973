package org.exampath.clinic;

import java.util.List;
import java.util.stream.Collectors;
import org.exampath.store.StoreException;

/**
 * Another clinician changed findings since this client last saw them: their values stand, and the
 * message names each finding with both values and who set theirs, so nothing is overwritten silently.
 */
public final class ClinicConflict extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<ClinicFindings.Conflict> conflicts;

    public ClinicConflict(List<ClinicFindings.Conflict> conflicts) {
        super(describe(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ClinicFindings.Conflict> conflicts() {
        return conflicts;
    }

    private static String describe(List<ClinicFindings.Conflict> conflicts) {
        return "changed meanwhile by another clinician, not overwritten: " + conflicts.stream()
                .map(c -> c.finding() + " is " + shown(c.theirs()) + " (set by " + c.setBy() + ") where you have " + shown(c.yours()))
                .collect(Collectors.joining("; "));
    }

    private static String shown(String encoded) {
        return encoded == null ? "not recorded" : encoded.substring(encoded.indexOf(':') + 1);
    }
}
