package org.exampath.clinic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Saves that got no answer, per encounter: the values each finding was sent with. A server gone down
 * during the commit may have stored them all the same, and a finding found so, set by this login since
 * the version this client saw, is this client's own change, not a colleague's: the next save goes on
 * from it instead of conflicting with this clinician's own.
 */
final class ClinicUnanswered {
    private final Map<Long, Map<String, List<String>>> sent = new ConcurrentHashMap<>();
    private final String user;

    ClinicUnanswered(String user) {
        this.user = user;
    }

    boolean any(long encounterId) {
        return sent.containsKey(encounterId);
    }

    /** Remembers a save that failed without an answer (finding to encoded value, null: cleared). */
    void remember(long encounterId, Map<String, String> values) {
        Map<String, List<String>> mine = sent.computeIfAbsent(encounterId, id -> new ConcurrentHashMap<>());
        values.forEach((finding, value) -> mine.computeIfAbsent(finding, f -> new CopyOnWriteArrayList<>()).add(value));
    }

    /** A save was answered: nothing of this encounter is in doubt any more. */
    void answered(long encounterId) {
        sent.remove(encounterId);
    }

    /** The versions to write against: {@code versions}, moved on to the stored one where an unanswered save was stored after all. */
    Map<String, Integer> bases(Connection c, long encounterId, Map<String, Integer> versions) throws SQLException {
        Map<String, List<String>> doubt = sent.getOrDefault(encounterId, Map.of());
        Map<String, Integer> bases = new HashMap<>(versions);
        ClinicEncounterStore.storedFindingsForRead(c, encounterId).forEach((finding, stored) -> {
            List<String> values = doubt.get(finding);
            if (values != null && values.contains(stored.value()) && user.equals(stored.setBy())
                    && stored.version() > versions.getOrDefault(finding, 0)) {
                bases.put(finding, stored.version());
            }
        });
        return bases;
    }
}
