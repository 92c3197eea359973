package org.exampath.persistence;

import org.exampath.store.ValueCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Objects;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.PatientDetails;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * Finds or makes the patient behind a label. A label that names an existing patient with other
 * details (sex, or birth year more than a year apart) is refused, never overwritten; details are
 * only ever filled in or corrected on the encounter's own patient, and every such change is an
 * audit row on that encounter, with who and when.
 */
final class Patients {
    private record Stored(long id, String sex, Integer birthYear) {
    }

    private Patients() {
    }

    /** The id of the patient with this label, made if new; refuses a clash with an existing patient's details. */
    static long forNew(Connection c, String label, Patient patient, Integer birthYear) throws SQLException {
        if (label == null || label.isBlank()) {
            return insert(c, unlabelled(c), patient, birthYear);
        }
        String clean = clean(label);
        Stored found = find(c, clean);
        if (found == null) {
            return insert(c, Encounters.unreserved(clean), patient, birthYear);
        }
        PatientDetails.clash(clean, found.sex(), found.birthYear(), patient, birthYear).ifPresent(problem -> {
            throw new StoreException(problem);
        });
        return found.id();
    }

    /** Fills in or corrects the details of the encounter's own patient, auditing each change. */
    static void update(Connection c, long patientId, long encounterId, Patient patient, Integer birthYear, String clinician,
                       String at) throws SQLException {
        Stored now;
        try (PreparedStatement p = c.prepareStatement("SELECT id, sex, birth_year FROM patient WHERE id = ?")) {
            p.setLong(1, patientId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                now = new Stored(r.getLong(1), r.getString(2), (Integer) r.getObject(3));
            }
        }
        String sex = PatientDetails.sex(now.sex(), patient);
        Integer year = PatientDetails.birthYear(now.birthYear(), birthYear);
        if (Objects.equals(sex, now.sex()) && Objects.equals(year, now.birthYear())) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement("UPDATE patient SET sex = ?, birth_year = ? WHERE id = ?")) {
            u.setString(1, sex);
            setInt(u, 2, year);
            u.setLong(3, patientId);
            u.executeUpdate();
        }
        audit(c, encounterId, at, clinician, "patient.sex", choice(now.sex()), choice(sex));
        audit(c, encounterId, at, clinician, "patient.birth_year", count(now.birthYear()), count(year));
    }

    /** A patient of their own for an exam with no label, so two unlabelled people never share details. */
    private static String unlabelled(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM patient")) {
            r.next();
            return PatientLabel.placeholder(r.getLong(1));
        }
    }

    /**
     * A label as the store keeps and compares it: stripped and in Unicode NFC, so "José" typed (é one code point)
     * and "José" from a file written on a Mac (e and a combining accent) are one label. Rows stored before keep their
     * form and are still found by it ({@link #find}).
     */
    static String clean(String label) {
        String clean = nfc(label.strip());
        PatientLabel.problem(clean).ifPresent(problem -> {
            throw new StoreException("patient label: " + problem);
        });
        return clean;
    }

    static String nfc(String text) {
        return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** The patient's label as stored. */
    static String labelOf(Connection c, long patientId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT label FROM patient WHERE id = ?")) {
            p.setLong(1, patientId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void audit(Connection c, long encounterId, String at, String clinician, String field, String old,
                              String now) throws SQLException {
        if (Objects.equals(old, now)) {
            return;
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO audit (encounter_id, at, clinician, finding, old_value, "
                + "new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            a.setLong(1, encounterId);
            a.setString(2, at);
            a.setString(3, clinician);
            a.setString(4, field);
            a.setString(5, old);
            a.setString(6, now);
            a.executeUpdate();
        }
    }

    private static String choice(String value) {
        return value == null ? null : ValueCodec.encode(new FindingValue.Choice(value));
    }

    private static String count(Integer value) {
        return value == null ? null : ValueCodec.encode(new FindingValue.Count(value));
    }

    /** The patient of this (NFC) label; one stored before labels were normalised is found by its NFD form too. */
    private static Stored find(Connection c, String label) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id, sex, birth_year FROM patient WHERE label = ? OR label = ? "
                + "ORDER BY label = ? DESC LIMIT 1")) {
            find.setString(1, label);
            find.setString(2, java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD));
            find.setString(3, label);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? new Stored(r.getLong(1), r.getString(2), (Integer) r.getObject(3)) : null;
            }
        }
    }

    private static long insert(Connection c, String label, Patient patient, Integer birthYear) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO patient (label, birth_year, sex) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, label);
            setInt(p, 2, birthYear);
            p.setString(3, patient.sex() == null ? null : patient.sex().id());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }
}
