package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.exampath.domain.Exam;
import org.exampath.store.ValueCodec;

/**
 * Encounters written as the clinic store wrote them before migration 008 (no sex, imported, examiner or undated
 * of their own), for the upgrade tests that start from an older schema, where today's store cannot write.
 */
final class OlderClinicRows {
    private OlderClinicRows() {
    }

    /**
     * Makes an encounter in one transaction as {@code role}, the way the store made one up to schema version 7:
     * the patient by its label, the encounter row, and its findings through {@code exampath.write_findings}.
     */
    static long encounter(ClinicDatabase role, String label, Exam exam, LocalDate date, Long previousId, String createKey)
            throws SQLException {
        try (Connection c = role.connect()) {
            c.setAutoCommit(false);
            Integer birthYear = exam.patient().age() == null ? null : date.getYear() - exam.patient().age();
            long patient = ClinicPatients.forNew(c, label, exam.patient(), birthYear);
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.encounter (patient_id, date, side, age, "
                    + "knowledge_version, previous_id, create_key, assessment, plan) VALUES (?, ?, ?, ?, 'kb', ?, ?, ?, ?) RETURNING id")) {
                p.setLong(1, patient);
                p.setObject(2, date);
                p.setString(3, exam.side() == null ? null : exam.side().id());
                p.setObject(4, exam.patient().age(), Types.INTEGER);
                p.setObject(5, previousId, Types.BIGINT);
                p.setString(6, createKey);
                p.setString(7, exam.record().assessment());
                p.setString(8, exam.record().plan());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            Map<String, String> values = new TreeMap<>();
            exam.findings().forEach((finding, value) -> values.put(finding, ValueCodec.encode(value)));
            new ClinicFindings().write(c, id, values, Map.of(), false, true);
            c.commit();
            return id;
        }
    }
}
