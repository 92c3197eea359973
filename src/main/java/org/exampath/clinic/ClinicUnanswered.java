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
    /** Per encounter, its own entries (side, age, sex, assessment, plan) as each unanswered save sent them. */
    private final Map<Long, List<ClinicEntries>> entriesSent = new ConcurrentHashMap<>();
    private final String user;

    ClinicUnanswered(String user) {
        this.user = user;
    }

    boolean any(long encounterId) {
        return sent.containsKey(encounterId);
    }

    /** Remembers a save that failed without an answer (finding to encoded value, null: cleared). */
    void remember(long encounterId, Map<String, String> values, ClinicEntries entries) {
        entriesSent.computeIfAbsent(encounterId, id -> new CopyOnWriteArrayList<>()).add(entries);
        Map<String, List<String>> mine = sent.computeIfAbsent(encounterId, id -> new ConcurrentHashMap<>());
        values.forEach((finding, value) -> mine.computeIfAbsent(finding, f -> new CopyOnWriteArrayList<>()).add(value));
    }

    /** A save was answered: nothing of this encounter is in doubt any more. */
    void answered(long encounterId) {
        sent.remove(encounterId);
        entriesSent.remove(encounterId);
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

    /**
     * The encounter's own entries to merge against: {@code base} (as this client last saw them; null: none seen), moved on
     * to the stored value of each entry an unanswered save was stored with after all (set by this login, to a value it
     * sent), so that this clinician's own entry is not taken for a colleague's change, nor their next edit refused.
     */
    ClinicEntries entriesBase(Connection c, long encounterId, ClinicEntries base) throws SQLException {
        List<ClinicEntries> doubt = entriesSent.getOrDefault(encounterId, List.of());
        if (base == null || doubt.isEmpty()) {
            return base;
        }
        String[] moved = base.texts();
        try (java.sql.PreparedStatement p = c.prepareStatement("SELECT side, side_by, age::text, age_by, sex, sex_by, "
                + "assessment, assessment_by, plan, plan_by FROM exampath.encounter WHERE id = ?")) {
            p.setLong(1, encounterId);
            try (java.sql.ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return base;
                }
                for (int i = 0; i < moved.length; i++) {
                    String stored = r.getString(2 * i + 1);
                    int entry = i;
                    boolean sentSo = doubt.stream().anyMatch(e -> java.util.Objects.equals(e.texts()[entry], stored));
                    if (sentSo && user.equals(r.getString(2 * i + 2))) {
                        moved[i] = stored;
                    }
                }
            }
        }
        return ClinicEntries.ofTexts(moved);
    }
}
