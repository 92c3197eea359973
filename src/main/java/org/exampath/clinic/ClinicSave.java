package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.exampath.domain.Exam;

/**
 * One save of an open encounter as one statement ({@code exampath.save_encounter}): the encounter's own
 * entries (side, age, its sex, assessment, plan) merged against those this client saw, and the findings written against
 * the versions this client saw. It is sent in a transaction with the list's summary of the exam it leaves stored
 * ({@link ClinicSummary}).
 */
record ClinicSave(Exam exam) {
    /** SQLSTATE of save_encounter when the patient is not as this client last left it (nothing was written). */
    static final String PATIENT_CHANGED = "EP001";

    /**
     * Runs the save; {@code expected} is the patient as this client last left it (checked by the server),
     * or null when the patient was settled earlier in this transaction.
     */
    Map<String, ClinicFindings.Outcome> run(Connection c, long encounterId, ClinicPatients.State expected, Map<String, String> wanted,
                                            Map<String, Integer> versions, ClinicEntries seen, boolean adopt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + ClinicFindings.COLUMNS + " FROM exampath.save_encounter("
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, encounterId);
            p.setString(2, expected == null ? null : expected.label());
            p.setString(3, expected == null ? null : expected.sex());
            p.setObject(4, expected == null ? null : expected.birthYear(), Types.INTEGER);
            p.setString(5, exam.side() == null ? null : exam.side().id());
            p.setObject(6, exam.patient().age(), Types.INTEGER);
            // no summary: the list's is worked out from the exam this save leaves stored (ClinicSummary)
            p.setString(7, null);
            p.setObject(8, null, Types.DOUBLE);
            p.setString(9, exam.record().assessment());
            p.setString(10, exam.record().plan());
            p.setString(11, null);
            int next = ClinicFindings.bind(c, p, 12, wanted, versions);
            p.setBoolean(next, adopt);
            // the sex this visit's exam records, kept with the encounter (the patient's may come from another visit)
            p.setString(next + 1, exam.patient().sex() == null ? null : exam.patient().sex().id());
            // the encounter's own entries as this client last saw them stored: only those it changed are written
            p.setString(next + 2, seen == null ? null : seen.side());
            p.setObject(next + 3, seen == null ? null : seen.age(), Types.INTEGER);
            p.setString(next + 4, seen == null ? null : seen.sex());
            p.setString(next + 5, seen == null ? null : seen.assessment());
            p.setString(next + 6, seen == null ? null : seen.plan());
            try (ResultSet r = p.executeQuery()) {
                return ClinicFindings.outcomes(r, wanted);
            }
        }
    }
}
