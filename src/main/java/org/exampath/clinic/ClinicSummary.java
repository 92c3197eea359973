package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
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
     * none ({@link ListedSummary#NOT_WORKED_OUT}: the list says "not recorded"). {@code sent} is the summary this
     * store worked out of the exam it sent and handed to {@code save_encounter} (null for none); where it is the summary
     * of the exam stored, the row already holds it and nothing more is written, which spares most saves a statement.
     * Returns the visit the exam stored follows up (empty for none), or null without a summariser.
     */
    static Optional<Exam> write(Connection c, long encounterId, ListedSummary.Summariser summariser, ListedSummary sent)
            throws SQLException {
        Encounters.Encounter stored = ClinicPatients.load(c, encounterId)
                .orElseThrow(() -> new StoreException("encounter " + encounterId + " does not exist in this clinic"));
        ListedSummary summary = ListedSummary.NOT_WORKED_OUT;
        Optional<Exam> lastVisit = null;
        if (summariser != null) {
            lastVisit = stored.previousId() == null ? Optional.empty()
                    : ClinicPatients.load(c, stored.previousId()).map(Encounters.Encounter::exam);
            summary = summariser.of(stored.exam(), lastVisit.orElse(null));
            if (sent != null && sent.flags() != null && summary.equals(sent)) {
                return lastVisit; // save_encounter wrote it as it stands
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET leading_hypothesis = ?, "
                + "leading_probability = ?, flags = ? WHERE id = ?")) {
            p.setString(1, summary.leading());
            p.setObject(2, summary.leadingProbability(), Types.DOUBLE);
            p.setString(3, summary.flags());
            p.setLong(4, encounterId);
            p.executeUpdate();
        }
        return lastVisit;
    }
}
