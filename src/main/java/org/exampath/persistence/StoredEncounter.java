package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.StoreException;

/** An encounter as stored, read inside a save: its patient, date, last visit and exam (header and findings). */
record StoredEncounter(long patientId, String label, String date, Long previousId, Exam exam) {
    static StoredEncounter read(Connection c, long id, Map<String, FindingValue> findings) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT e.patient_id, pt.label, e.date, e.previous_id, e.side, e.age, e.sex, "
                + "e.assessment, e.plan FROM encounter e JOIN patient pt ON pt.id = e.patient_id WHERE e.id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException("encounter " + id + " does not exist");
                }
                long previous = r.getLong(4);
                Long previousId = r.wasNull() ? null : previous;
                Exam exam = new Exam(new Patient((Integer) r.getObject(6), Sex.fromId(r.getString(7))), Side.fromId(r.getString(5)),
                        findings, ExamRecord.NONE.withAssessment(r.getString(8)).withPlan(r.getString(9)));
                return new StoredEncounter(r.getLong(1), r.getString(2), r.getString(3), previousId, exam);
            }
        }
    }
}
