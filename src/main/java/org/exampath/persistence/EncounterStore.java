package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;

/**
 * Patients, encounters and their findings. Every save is one transaction that writes the changed
 * findings and one audit row per change, so a crash loses at most the change in flight.
 */
public final class EncounterStore {
    /** One line of the encounter browser. */
    public record Row(long id, String date, String patientLabel, String leading, Double leadingProbability,
                      String status, String clinician, Long previousId) {
    }

    /** A stored encounter with its exam. */
    public record Encounter(long id, String patientLabel, String date, String clinician, String status,
                            String knowledgeVersion, Long previousId, Exam exam) {
    }

    public record AuditEntry(String at, String clinician, String finding, FindingValue oldValue, FindingValue newValue) {
    }

    public record Acknowledgement(String flag, String action, String at, String clinician) {
    }

    private final Database db;
    private final Clock clock;

    public EncounterStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private Connection c() {
        return db.connection();
    }

    /** Creates an encounter for the patient with this label (created if new) and stores the exam. */
    public long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId) {
        return inTransaction(() -> insert(new NewEncounter(patientLabel, exam, null, null), clinician, knowledgeVersion, previousId));
    }

    /** An encounter to import: the patient's label, the exam and its leading hypothesis. */
    public record NewEncounter(String label, Exam exam, String leading, Double leadingProbability) {
    }

    /** Imports several exams as encounters: one transaction, all or nothing. */
    public List<Long> createAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion) {
        return inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (NewEncounter e : encounters) {
                ids.add(insert(e, clinician, knowledgeVersion, null));
            }
            return ids;
        });
    }

    private long insert(NewEncounter e, String clinician, String version, Long previousId) throws SQLException {
        String label = e.label();
        Exam exam = e.exam();
        long patient = patientId(label, exam.patient());
        String now = clock.instant().toString();
        try (PreparedStatement p = c().prepareStatement("INSERT INTO encounter (patient_id, date, clinician, side, age, "
                + "knowledge_version, previous_id, updated_at, leading, leading_probability) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, patient);
            p.setString(2, LocalDate.now(clock).toString());
            p.setString(3, clinician);
            p.setString(4, exam.side() == null ? null : exam.side().id());
            setInt(p, 5, exam.patient().age());
            p.setString(6, version);
            if (previousId == null) {
                p.setNull(7, Types.INTEGER);
            } else {
                p.setLong(7, previousId);
            }
            p.setString(8, now);
            p.setString(9, e.leading());
            if (e.leadingProbability() == null) {
                p.setNull(10, Types.REAL);
            } else {
                p.setDouble(10, e.leadingProbability());
            }
            p.executeUpdate();
            long id;
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            writeChanges(id, Map.of(), exam.findings(), clinician, now);
            return id;
        }
    }

    private long patientId(String label, Patient patient) throws SQLException {
        String clean = label == null || label.isBlank() ? "unlabelled" : label.strip();
        Integer birthYear = patient.age() == null ? null : LocalDate.now(clock).getYear() - patient.age();
        try (PreparedStatement find = c().prepareStatement("SELECT id FROM patient WHERE label = ?")) {
            find.setString(1, clean);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    long id = r.getLong(1);
                    try (PreparedStatement u = c().prepareStatement(
                            "UPDATE patient SET sex = coalesce(?, sex), birth_year = coalesce(?, birth_year) WHERE id = ?")) {
                        u.setString(1, patient.sex() == null ? null : patient.sex().id());
                        setInt(u, 2, birthYear);
                        u.setLong(3, id);
                        u.executeUpdate();
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement p = c().prepareStatement("INSERT INTO patient (label, birth_year, sex) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, clean);
            setInt(p, 2, birthYear);
            p.setString(3, patient.sex() == null ? null : patient.sex().id());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Saves the exam as it now stands: changed findings, one audit row each, the header and the
     * leading hypothesis, all in one transaction. Returns how many findings changed.
     */
    public int save(long encounterId, String patientLabel, Exam exam, String clinician, String leading,
                    double leadingProbability) {
        return inTransaction(() -> {
            String now = clock.instant().toString();
            int changed = writeChanges(encounterId, findings(encounterId), exam.findings(), clinician, now);
            try (PreparedStatement p = c().prepareStatement("UPDATE encounter SET patient_id = ?, side = ?, age = ?, leading = ?, "
                    + "leading_probability = ?, updated_at = ? WHERE id = ?")) {
                p.setLong(1, patientId(patientLabel, exam.patient()));
                p.setString(2, exam.side() == null ? null : exam.side().id());
                setInt(p, 3, exam.patient().age());
                p.setString(4, leading);
                p.setDouble(5, leadingProbability);
                p.setString(6, now);
                p.setLong(7, encounterId);
                if (p.executeUpdate() != 1) {
                    throw new StoreException("encounter " + encounterId + " does not exist");
                }
            }
            return changed;
        });
    }

    private int writeChanges(long id, Map<String, FindingValue> before, Map<String, FindingValue> after, String clinician,
                             String at) throws SQLException {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        int changed = 0;
        try (PreparedStatement upsert = c().prepareStatement("INSERT INTO finding (encounter_id, finding, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (encounter_id, finding) DO UPDATE SET value = excluded.value");
             PreparedStatement delete = c().prepareStatement("DELETE FROM finding WHERE encounter_id = ? AND finding = ?");
             PreparedStatement audit = c().prepareStatement("INSERT INTO audit (encounter_id, at, clinician, finding, old_value, "
                     + "new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String finding : ids) {
                FindingValue old = before.get(finding);
                FindingValue now = after.get(finding);
                if (java.util.Objects.equals(old, now)) {
                    continue;
                }
                changed++;
                if (now == null) {
                    delete.setLong(1, id);
                    delete.setString(2, finding);
                    delete.executeUpdate();
                } else {
                    upsert.setLong(1, id);
                    upsert.setString(2, finding);
                    upsert.setString(3, ValueCodec.encode(now));
                    upsert.executeUpdate();
                }
                audit.setLong(1, id);
                audit.setString(2, at);
                audit.setString(3, clinician);
                audit.setString(4, finding);
                audit.setString(5, ValueCodec.encode(old));
                audit.setString(6, ValueCodec.encode(now));
                audit.executeUpdate();
            }
        }
        return changed;
    }

    private Map<String, FindingValue> findings(long id) throws SQLException {
        Map<String, FindingValue> out = new TreeMap<>();
        try (PreparedStatement p = c().prepareStatement("SELECT finding, value FROM finding WHERE encounter_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), ValueCodec.decode(r.getString(2)));
                }
            }
        }
        return out;
    }

    public Optional<Encounter> load(long id) {
        return query(() -> {
            try (PreparedStatement p = c().prepareStatement("SELECT e.id, pt.label, e.date, e.clinician, e.status, "
                    + "e.knowledge_version, e.previous_id, e.side, e.age, pt.sex FROM encounter e JOIN patient pt "
                    + "ON pt.id = e.patient_id WHERE e.id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Encounter>empty();
                    }
                    Integer age = (Integer) r.getObject(9);
                    Exam exam = new Exam(new Patient(age, Sex.fromId(r.getString(10))), Side.fromId(r.getString(8)),
                            findings(id));
                    long previous = r.getLong(7);
                    return Optional.of(new Encounter(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.wasNull() ? null : previous, exam));
                }
            }
        });
    }

    /**
     * Encounters matching the text (patient label, date or leading hypothesis; empty matches all),
     * newest first.
     */
    public List<Row> list(String text, int limit) {
        return query(() -> {
            String q = text == null ? "" : text.strip();
            int n = Math.max(1, limit);
            if (q.isEmpty()) {
                return rows("", List.of(), n);
            }
            // Each kind of match runs as its own ordered, limited query on its index; the newest n win.
            String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            java.util.TreeMap<String, Row> merged = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
            List<List<Row>> parts = new ArrayList<>();
            parts.add(rows("WHERE e.patient_id IN (SELECT id FROM patient WHERE label LIKE ? ESCAPE '\\')", List.of(like), n));
            List<String> leading = matchingLeading(like);
            if (!leading.isEmpty()) {
                parts.add(rows("WHERE e.leading IN (" + String.join(", ", java.util.Collections.nCopies(leading.size(), "?")) + ")",
                        leading, n));
            }
            if (q.matches("\\d{4}(-\\d{1,2}(-\\d{0,2})?)?-?")) {
                parts.add(rows("WHERE e.date >= ? AND e.date < ?", List.of(q, q + "\uffff"), n));
            }
            for (List<Row> part : parts) {
                for (Row row : part) {
                    merged.put(row.date() + String.format(java.util.Locale.ROOT, "%019d", row.id()), row);
                }
            }
            return merged.values().stream().limit(n).toList();
        });
    }

    private List<Row> rows(String where, List<String> params, int limit) throws SQLException {
        String sql = "SELECT e.id, e.date, pt.label, e.leading, e.leading_probability, e.status, e.clinician, e.previous_id "
                + "FROM encounter e JOIN patient pt ON pt.id = e.patient_id " + where
                + " ORDER BY e.date DESC, e.id DESC LIMIT " + limit;
        try (PreparedStatement p = c().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setString(i + 1, params.get(i));
            }
            List<Row> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long previous = r.getLong(8);
                    Long prev = r.wasNull() ? null : previous;
                    Double probability = (Double) r.getObject(5);
                    out.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), probability,
                            r.getString(6), r.getString(7), prev));
                }
            }
            return out;
        }
    }

    /** The few distinct leading hypotheses (read from their index) that the search text matches. */
    private List<String> matchingLeading(String like) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c().prepareStatement("SELECT leading FROM (SELECT DISTINCT leading FROM encounter "
                + "WHERE leading IS NOT NULL) WHERE leading LIKE ? ESCAPE '\\'")) {
            p.setString(1, like);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** The encounter edited last, if it is still open: where the app picks up after a restart. */
    public Optional<Long> lastOpen() {
        return query(() -> {
            try (Statement s = c().createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM encounter WHERE status = 'open' ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    public void close(long encounterId) {
        inTransaction(() -> {
            try (PreparedStatement p = c().prepareStatement("UPDATE encounter SET status = 'closed' WHERE id = ?")) {
                p.setLong(1, encounterId);
                return p.executeUpdate();
            }
        });
    }

    public List<AuditEntry> audit(long encounterId) {
        return query(() -> {
            try (PreparedStatement p = c().prepareStatement(
                    "SELECT at, clinician, finding, old_value, new_value FROM audit WHERE encounter_id = ? ORDER BY id")) {
                p.setLong(1, encounterId);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new AuditEntry(r.getString(1), r.getString(2), r.getString(3), ValueCodec.decode(r.getString(4)),
                                ValueCodec.decode(r.getString(5))));
                    }
                }
                return out;
            }
        });
    }

    /** Records what was done about a red flag. */
    public void acknowledge(long encounterId, String flag, String action, String clinician) {
        if (action == null || action.isBlank()) {
            throw new StoreException("say what action was taken for the red flag");
        }
        inTransaction(() -> {
            try (PreparedStatement p = c().prepareStatement(
                    "INSERT INTO red_flag_ack (encounter_id, flag, action, at, clinician) VALUES (?, ?, ?, ?, ?)")) {
                p.setLong(1, encounterId);
                p.setString(2, flag);
                p.setString(3, action.strip());
                p.setString(4, clock.instant().toString());
                p.setString(5, clinician);
                return p.executeUpdate();
            }
        });
    }

    public List<Acknowledgement> acknowledgements(long encounterId) {
        return query(() -> {
            try (PreparedStatement p = c().prepareStatement(
                    "SELECT flag, action, at, clinician FROM red_flag_ack WHERE encounter_id = ? ORDER BY id")) {
                p.setLong(1, encounterId);
                List<Acknowledgement> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    public int count() {
        return query(() -> {
            try (Statement s = c().createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM encounter")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private synchronized <T> T inTransaction(Work<T> work) {
        try {
            c().setAutoCommit(false);
            try {
                T result = work.run();
                c().commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c().rollback();
                throw e;
            } finally {
                c().setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("the store could not save: " + e.getMessage(), e);
        }
    }

    private synchronized <T> T query(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("the store could not read: " + e.getMessage(), e);
        }
    }

    private static void setInt(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, value);
        }
    }
}
