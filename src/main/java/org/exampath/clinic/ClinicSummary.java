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
}
