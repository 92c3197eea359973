package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;
import org.exampath.store.ListedSummary;
import org.exampath.store.StoreException;

/**
 * The encounter list's summary (leading hypothesis, its probability, red-flag state) of the exam a save left stored,
 * written in that save's transaction. {@code save_encounter} merges the client's exam with what colleagues stored
 * meanwhile, so the exam stored need not be the one sent, and the client sends no summary: it is worked out here
 * (ADR 4). The encounter's row is locked by the save until the transaction ends, so no other save comes between the
 * exam read here and the summary written.
 */
final class ClinicSummary {
    private ClinicSummary() {
    }

    /**
     * Writes the summary of the exam stored: by {@code summariser}, with the visit it follows up as stored; without one,
     * none ({@link ListedSummary#NOT_WORKED_OUT}: the list says "not recorded").
     */
    static void write(Connection c, long encounterId, ListedSummary.Summariser summariser) throws SQLException {
        Encounters.Encounter stored = ClinicPatients.load(c, encounterId)
                .orElseThrow(() -> new StoreException("encounter " + encounterId + " does not exist in this clinic"));
        ListedSummary summary;
        if (summariser == null) {
            summary = ListedSummary.NOT_WORKED_OUT;
        } else {
            Exam lastVisit = stored.previousId() == null ? null
                    : ClinicPatients.load(c, stored.previousId()).map(Encounters.Encounter::exam).orElse(null);
            summary = summariser.of(stored.exam(), lastVisit);
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET leading_hypothesis = ?, "
                + "leading_probability = ?, flags = ?, summary_knowledge = ? WHERE id = ?")) {
            p.setString(1, summary.leading());
            p.setObject(2, summary.leadingProbability(), Types.DOUBLE);
            p.setString(3, summary.flags());
            p.setString(4, summariser == null ? null : summariser.knowledgeVersion());
            p.setLong(5, encounterId);
            p.executeUpdate();
        }
    }

    /**
     * Works out again (review 41, finding 4) the next batch of this clinic's summaries, with an id above {@code after},
     * recorded under a knowledge version other than {@code summariser}'s; the last id looked at, or -1 when none was
     * left. No finding or entry changes; an encounter whose stored values cannot be read keeps its summary.
     */
    static long reworkStale(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        java.util.List<Long> stale = new java.util.ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM exampath.encounter WHERE clinic_id = exampath.my_clinic() "
                + "AND summary_knowledge <> ? AND (flags IS NOT NULL OR leading_hypothesis IS NOT NULL) AND id > ? ORDER BY id LIMIT 200")) {
            p.setString(1, summariser.knowledgeVersion());
            p.setLong(2, after);
            try (java.sql.ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    stale.add(r.getLong(1));
                }
            }
        }
        for (long id : stale) {
            try {
                write(c, id, summariser);
            } catch (StoreException unreadable) {
                // left as it was: opening the encounter names the unreadable value
            }
        }
        return stale.isEmpty() ? -1 : stale.get(stale.size() - 1);
    }
}
