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
 * meanwhile, and writes the summary the client sent; when the exam stored is not the one sent, that summary describes
 * an exam nobody stored, so it is replaced here (ADR 4). The encounter's row is locked by the save until the
 * transaction ends, so no other save comes between the exam read here and the summary written.
 */
final class ClinicSummary {
    private ClinicSummary() {
    }

    /**
     * Puts the summary of the exam stored in place of {@code sent} (sent with {@code exam}) where they differ: by
     * {@code summariser}, with the visit it follows up as stored; without one, {@code sent} stands only while the exam
     * stored is {@code exam} (else none is worked out, {@link ListedSummary#asSent}).
     */
    static void write(Connection c, long encounterId, Exam exam, ListedSummary sent, ListedSummary.Summariser summariser)
            throws SQLException {
        Encounters.Encounter stored = ClinicPatients.load(c, encounterId)
                .orElseThrow(() -> new StoreException("encounter " + encounterId + " does not exist in this clinic"));
        ListedSummary summary;
        if (summariser == null) {
            summary = ListedSummary.asSent(sent, exam, stored.exam());
        } else {
            Exam lastVisit = stored.previousId() == null ? null
                    : ClinicPatients.load(c, stored.previousId()).map(Encounters.Encounter::exam).orElse(null);
            summary = summariser.of(stored.exam(), lastVisit);
        }
        if (summary == sent || summary.equals(sent) && sent.flags() != null) {
            return; // save_encounter wrote it as it stands
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET leading_hypothesis = ?, "
                + "leading_probability = ?, flags = ? WHERE id = ?")) {
            p.setString(1, summary.leading());
            p.setObject(2, summary.leadingProbability(), Types.DOUBLE);
            p.setString(3, summary.flags());
            p.setLong(4, encounterId);
            p.executeUpdate();
        }
    }
}
