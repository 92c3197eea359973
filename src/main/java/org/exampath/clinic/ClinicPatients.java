package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.PatientDetails;
import org.exampath.domain.PatientLabel;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.store.ValueCodec;

/**
 * Patients and encounter rows of the clinic store, by the same rules as the SQLite store: a label that
 * names a patient with other details is refused, never overwritten, and every correction of a
 * patient's details is an audit row on the encounter.
 */
final class ClinicPatients {
    private ClinicPatients() {
    }

    static long forNew(Connection c, String label, Patient patient, Integer birthYear) throws SQLException {
        boolean unlabelled = label == null || label.isBlank();
        String clean = unlabelled ? PatientLabel.placeholder(nextId(c)) : clean(label);
        // a label stored before labels were kept in NFC is found by its NFD form too
        try (PreparedStatement p = c.prepareStatement("SELECT id, sex, birth_year FROM exampath.patient WHERE label = ? OR label = ? "
                + "ORDER BY label = ? DESC LIMIT 1")) {
            p.setString(1, clean);
            p.setString(2, Normalizer.normalize(clean, Normalizer.Form.NFD));
            p.setString(3, clean);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    PatientDetails.clash(clean, r.getString(2), (Integer) r.getObject(3), patient, birthYear).ifPresent(problem -> {
                        throw new StoreException(problem);
                    });
                    return r.getLong(1);
                }
            }
        }
        if (!unlabelled) {
            Encounters.unreserved(clean);
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO exampath.patient (label, birth_year, sex) VALUES (?, ?, ?) RETURNING id")) {
            p.setString(1, clean);
            p.setObject(2, birthYear, Types.INTEGER);
            p.setString(3, patient.sex() == null ? null : patient.sex().id());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT nextval(pg_get_serial_sequence('exampath.patient', 'id'))");
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A label as stored and compared: stripped, in Unicode NFC (a label typed and the same from a Mac file are one). */
    static String clean(String label) {
        String clean = Normalizer.normalize(label.strip(), Normalizer.Form.NFC);
        PatientLabel.problem(clean).ifPresent(problem -> {
            throw new StoreException("patient label: " + problem);
        });
        return clean;
    }

    /** A stored patient as a save left it: what the next save expects to find. */
    record State(String label, String sex, Integer birthYear) {
        /** Whether a save of {@code patient} under {@code label} (blank: keep) would leave this patient as it is. */
        boolean keptBy(String label, Patient patient, Integer birthYear) {
            return (label == null || label.isBlank() || clean(label).equals(Normalizer.normalize(this.label, Normalizer.Form.NFC)))
                    && Objects.equals(PatientDetails.sex(sex, patient), sex)
                    && Objects.equals(PatientDetails.birthYear(this.birthYear, birthYear), this.birthYear);
        }
    }

    /** The birth year an age gives, read against the day of the visit it was recorded at (not today). */
    static Integer birthYear(Integer age, LocalDate visit) {
        return age == null ? null : visit.getYear() - age;
    }

    /**
     * Moves the encounter to the patient a new label names, and fills in or corrects its own patient's
     * details; returns the patient as it now stands. The age is read against the encounter's date, and an age
     * the encounter already holds states no birth year (a save that did not change it changes no patient detail).
     */
    static State update(Connection c, long encounterId, String label, Patient patient) throws SQLException {
        long patientId;
        String currentLabel;
        Integer atVisit;
        Integer birthYear;
        try (PreparedStatement p = c.prepareStatement("SELECT p.id, p.label, e.date, e.age FROM exampath.encounter e "
                + "JOIN exampath.patient p ON p.id = e.patient_id WHERE e.id = ?")) {
            p.setLong(1, encounterId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException("encounter " + encounterId + " does not exist in this clinic");
                }
                patientId = r.getLong(1);
                currentLabel = r.getString(2);
                atVisit = birthYear(patient.age(), r.getObject(3, LocalDate.class));
                birthYear = Objects.equals(patient.age(), r.getObject(4)) ? null : atVisit;
            }
        }
        if (label != null && !label.isBlank() && !clean(label).equals(Normalizer.normalize(currentLabel, Normalizer.Form.NFC))) {
            patientId = forNew(c, label, patient, atVisit);
            currentLabel = clean(label);
            try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET patient_id = ? WHERE id = ?")) {
                p.setLong(1, patientId);
                p.setLong(2, encounterId);
                p.executeUpdate();
            }
        }
        return correct(c, patientId, currentLabel, encounterId, patient, birthYear);
    }

    private static State correct(Connection c, long patientId, String label, long encounterId, Patient patient, Integer birthYear)
            throws SQLException {
        String oldSex;
        Integer oldYear;
        try (PreparedStatement p = c.prepareStatement("SELECT sex, birth_year FROM exampath.patient WHERE id = ?")) {
            p.setLong(1, patientId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                oldSex = r.getString(1);
                oldYear = (Integer) r.getObject(2);
            }
        }
        String sex = PatientDetails.sex(oldSex, patient);
        Integer year = PatientDetails.birthYear(oldYear, birthYear);
        if (Objects.equals(sex, oldSex) && Objects.equals(year, oldYear)) {
            return new State(label, sex, year);
        }
        // the server sets them and writes the audit rows of what changed (clinic migration 013): a clinician may
        // neither change a patient's details unaudited nor insert into the audit
        try (PreparedStatement u = c.prepareStatement("SELECT exampath.correct_patient(?, ?, ?)")) {
            u.setLong(1, encounterId);
            u.setString(2, sex);
            u.setObject(3, year, Types.INTEGER);
            u.execute();
        }
        return new State(label, sex, year);
    }

    static Optional<Encounters.Encounter> load(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, pt.label, e.date, e.created_by, e.status, "
                + "e.knowledge_version, e.previous_id, e.side, e.age, e.sex, e.assessment, e.plan, e.imported, e.examiner, "
                + "e.undated FROM exampath.encounter e JOIN exampath.patient pt ON pt.id = e.patient_id WHERE e.id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Map<String, FindingValue> values = new java.util.TreeMap<>();
                ClinicEncounterStore.storedFindingsForRead(c, id).forEach((finding, stored) -> {
                    if (stored.value() != null) {
                        values.put(finding, ValueCodec.decode(id, finding, stored.value()));
                    }
                });
                // the sex this visit recorded, not the patient's from another visit (clinic migration 008)
                Exam exam = new Exam(new Patient((Integer) r.getObject(9), Sex.fromId(r.getString(10))),
                        Side.fromId(r.getString(8)), values,
                        org.exampath.domain.ExamRecord.NONE.withAssessment(r.getString(11)).withPlan(r.getString(12)));
                long previous = r.getLong(7);
                Long previousId = r.wasNull() ? null : previous;
                String date = r.getObject(3, LocalDate.class).toString();
                // who examined: the login that made the encounter, but for an import the clinician its file names (none
                // when it names none, or when it was imported before migration 008), never the login that imported it
                String examiner = r.getBoolean(13) ? r.getString(14) : r.getString(4);
                // an undated import is listed under the day it was imported, which is not the visit's date
                String visit = r.getBoolean(15) ? null : date;
                return Optional.of(new Encounters.Encounter(r.getLong(1), r.getString(2), date, r.getString(4), r.getString(5),
                        r.getString(6), previousId, exam, Encounters.recorded(r.getString(2), visit, examiner, exam.record())));
            }
        }
    }

    /** The red-flag actions of encounter {@code e}, as {@link Encounters.Row#actedOn} lists them. */
    private static final String ACTED_ON = "(SELECT string_agg(DISTINCT a.flag || coalesce(':' || a.urgency, ''), ',') "
            + "FROM exampath.red_flag_ack a WHERE a.encounter_id = e.id)";

    /**
     * Empty text: the newest encounters; else those whose label holds it (at its start, or later: a surname), whose
     * leading hypothesis it names, or whose date it is or starts (2026-11). The text is compared in NFC, lower-cased,
     * with each label's key, its label in the same form (clinic migration 012), so a label stored in NFD is found too.
     */
    static List<Encounters.Row> list(Connection c, String text, int limit) throws SQLException {
        String select = "SELECT e.id, e.date, p.label, e.leading_hypothesis, e.leading_probability, e.status, e.created_by, "
                + "e.previous_id, e.flags, " + ACTED_ON + ", e.undated FROM exampath.encounter e JOIN exampath.patient p ON p.id = e.patient_id "
                + "WHERE e.clinic_id = exampath.my_clinic() ";
        // the undated imports after the dated visits, as the list shows them: the limit keeps the newest dated visits
        String order = " ORDER BY e.undated, e.date DESC, e.id DESC LIMIT ?";
        Map<Long, Encounters.Row> rows = new LinkedHashMap<>();
        if (text.isEmpty()) {
            collect(c, select + order, limit, rows);
        } else {
            String key = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            String end = key + new String(Character.toChars(Character.MAX_CODE_POINT));
            if (fewPatientsStartWith(c, key, end)) {
                // Few patients: take them first (a fence the planner cannot reorder), then their encounters.
                collect(c, "WITH p AS MATERIALIZED (SELECT id, label FROM exampath.patient WHERE clinic_id = exampath.my_clinic() "
                        + "AND label_key ~>=~ ? AND label_key ~<~ ?) SELECT e.id, e.date, p.label, e.leading_hypothesis, "
                        + "e.leading_probability, e.status, e.created_by, e.previous_id, e.flags, "
                        + ACTED_ON + ", e.undated FROM p JOIN exampath.encounter e "
                        + "ON e.patient_id = p.id" + order, limit, rows, key, end);
            } else {
                // Many: walk the encounters newest first and keep those whose patient matches.
                collect(c, select + "AND p.label_key ~>=~ ? AND p.label_key ~<~ ?" + order, limit, rows, key, end);
            }
            // a later part of the label (a surname), as the SQLite store finds it: the clinic's patients first, then theirs
            collect(c, "WITH p AS MATERIALIZED (SELECT id, label FROM exampath.patient WHERE clinic_id = exampath.my_clinic() "
                    + "AND strpos(label_key, ?) > 1) SELECT e.id, e.date, p.label, e.leading_hypothesis, e.leading_probability, "
                    + "e.status, e.created_by, e.previous_id, e.flags, " + ACTED_ON + ", e.undated FROM p "
                    + "JOIN exampath.encounter e ON e.patient_id = p.id" + order, limit, rows, key);
            // the hypothesis's id, or its words as the list shows them ("gluteal tendinopathy")
            collect(c, select + "AND e.leading_hypothesis = ?" + order, limit, rows, key.strip().replace(' ', '_'));
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                collect(c, select + "AND e.date = CAST(? AS DATE)" + order, limit, rows, text);
            } else if (text.matches("\\d{4}(-\\d{1,2}(-\\d{0,2})?)?-?")) {
                // the start of a date (2026-11, as the search box shows, or 2026), as the SQLite store finds it
                collect(c, select + "AND to_char(e.date, 'YYYY-MM-DD') LIKE ?" + order, limit, rows, text + "%");
            }
        }
        List<Encounters.Row> out = new ArrayList<>(rows.values());
        out.sort(Encounters.Row.NEWEST_FIRST); // an undated import after the dated visits: its day is the import's
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static final int FEW_PATIENTS = 1000;

    private static boolean fewPatientsStartWith(Connection c, String key, String end) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM exampath.patient "
                + "WHERE clinic_id = exampath.my_clinic() AND label_key ~>=~ ? AND label_key ~<~ ? LIMIT " + (FEW_PATIENTS + 1) + ") m")) {
            p.setString(1, key);
            p.setString(2, end);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) <= FEW_PATIENTS;
            }
        }
    }

    private static void collect(Connection c, String sql, int limit, Map<Long, Encounters.Row> rows, String... args)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (String arg : args) {
                p.setString(i++, arg);
            }
            p.setInt(i, Math.min(limit, 100_000));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long previous = r.getLong(8);
                    Long previousId = r.wasNull() ? null : previous;
                    double probability = r.getDouble(5);
                    Double leadingProbability = r.wasNull() ? null : probability;
                    rows.putIfAbsent(r.getLong(1), new Encounters.Row(r.getLong(1), r.getObject(2, LocalDate.class).toString(),
                            r.getString(3), r.getString(4), leadingProbability, r.getString(6), r.getString(7), previousId, r.getString(9),
                            r.getString(10), r.getBoolean(11)));
                }
            }
        }
    }
}
