package org.exampath.clinic;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per encounter, each finding's value (encoded; absent: none) as this client last read or wrote it: the base its saves
 * are weighed against, as the SQLite store weighs a window's save against what it last read or stored (ADR 4). The
 * server compares versions only, so a finding a colleague changed since comes back from a save as a conflict even
 * when this client sent the value it last saw; such a finding is no change of this client's, and its colleague's
 * value, which the server kept, is no conflict either.
 */
final class ClinicSeenValues {
    private final Map<Long, Map<String, String>> values = new ConcurrentHashMap<>();

    /** The encounter's findings as read from the store: they replace what this client knew of it. */
    void read(long encounterId, Map<String, ClinicFindings.Stored> stored) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        stored.forEach((finding, s) -> {
            if (s.value() != null) {
                seen.put(finding, s.value());
            }
        });
        values.put(encounterId, seen);
    }

    /** This client wrote {@code value} to {@code finding} (or found it so): null, none. */
    void wrote(long encounterId, String finding, String value) {
        Map<String, String> seen = values.computeIfAbsent(encounterId, id -> new ConcurrentHashMap<>());
        if (value == null) {
            seen.remove(finding);
        } else {
            seen.put(finding, value);
        }
    }

    /** A copy of what this client knows of the encounter's findings, or null when it knows nothing of it. */
    Map<String, String> of(long encounterId) {
        Map<String, String> seen = values.get(encounterId);
        return seen == null ? null : new HashMap<>(seen);
    }

    /** Whether {@code sent} is the value of {@code finding} in {@code base} (from {@link #of}; null: no base, so no). */
    static boolean unchanged(Map<String, String> base, String finding, String sent) {
        return base != null && Objects.equals(base.get(finding), sent);
    }
}
