package org.exampath.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.store.ValueCodec;

/**
 * The {@link Encounters} seam on a clinic's PostgreSQL server. The server stamps the clinic and the
 * author of every row (the {@code clinician} arguments are not trusted, they are the login role's),
 * and row-level security limits every query to the caller's clinic. Each finding is versioned: a save
 * writes a finding only if nobody changed it since this client last saw it; otherwise the other
 * clinician's value stays, the rest of the save is kept, and a {@link ClinicConflict} names both.
 */
public final class ClinicEncounterStore implements Encounters, AutoCloseable {
    private final ClinicWork work;
    private final Clock clock;
    private final ClinicFindings findings = new ClinicFindings();
    /** Per encounter, the version of each finding as this client last saw or wrote it. */
    private final Map<Long, Map<String, Integer>> seen = new ConcurrentHashMap<>();
    /**
     * Per encounter, the values ("finding@version") written by saves not yet answered, or that failed
     * without an answer: a server gone down during the commit may have stored them all the same, and a
     * finding found so is this client's own change, not a colleague's.
     */
    private final Map<Long, Map<String, String>> unanswered = new ConcurrentHashMap<>();
    private final String user;

    public ClinicEncounterStore(ClinicDatabase database, Clock clock) {
        this.work = new ClinicWork(database);
        this.clock = clock;
        this.user = database.user();
    }

    @Override
    public long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId) {
        return work.write(c -> insert(c, new NewEncounter(patientLabel, exam, null, null), knowledgeVersion, previousId));
    }

    @Override
    public List<Long> createAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion) {
        return work.write(c -> {
            List<Long> ids = new ArrayList<>();
            for (NewEncounter e : encounters) {
                ids.add(insert(c, e, knowledgeVersion, null));
            }
            return ids;
        });
    }

    private long insert(Connection c, NewEncounter e, String version, Long previousId) throws SQLException {
        Exam exam = e.exam();
        long patient = ClinicPatients.forNew(c, e.label(), exam.patient(), birthYear(exam.patient().age()));
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.encounter (patient_id, date, side, age, "
                + "knowledge_version, previous_id, leading_hypothesis, leading_probability) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            p.setLong(1, patient);
            p.setObject(2, LocalDate.now(clock));
            p.setString(3, exam.side() == null ? null : exam.side().id());
            p.setObject(4, exam.patient().age(), Types.INTEGER);
            p.setString(5, version);
            p.setObject(6, previousId, Types.BIGINT);
            p.setString(7, e.leading());
            p.setObject(8, e.leadingProbability(), Types.REAL);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        Map<String, Integer> versions = new HashMap<>();
        for (Map.Entry<String, FindingValue> f : exam.findings().entrySet()) {
            findings.write(c, id, f.getKey(), 0, ValueCodec.encode(f.getValue()));
            versions.put(f.getKey(), 1);
        }
        seen.put(id, new ConcurrentHashMap<>(versions));
        return id;
    }

    private Integer birthYear(Integer age) {
        return age == null ? null : LocalDate.now(clock).getYear() - age;
    }

    @Override
    public int save(long encounterId, String patientLabel, Exam exam, String clinician, String leading, double leadingProbability,
                    String flags) {
        if (patientLabel != null && !patientLabel.isBlank() && !PatientLabel.isValid(patientLabel)) {
            throw new StoreException("patient.label: " + PatientLabel.problem(patientLabel).orElseThrow());
        }
        List<ClinicFindings.Conflict> conflicts = new ArrayList<>();
        Map<String, Integer> mine = new HashMap<>();
        Map<String, String> doubt = unanswered.computeIfAbsent(encounterId, e -> java.util.Collections.synchronizedMap(new HashMap<>()));
        int changed = work.write(c -> {
            Map<String, ClinicFindings.Stored> stored = storedFindings(c, encounterId);
            mine.clear();
            conflicts.clear();
            mine.putAll(seen.containsKey(encounterId) ? seen.get(encounterId) : versionsOf(stored));
            int count = 0;
            TreeSet<String> ids = new TreeSet<>(stored.keySet());
            ids.addAll(exam.findings().keySet());
            for (String id : ids) {
                String wanted = ValueCodec.encode(exam.findings().get(id));
                ClinicFindings.Stored now = stored.get(id);
                String current = now == null ? null : now.value();
                if (java.util.Objects.equals(wanted, current)) {
                    mine.put(id, now == null ? 0 : now.version());
                    continue;
                }
                int base = ownUnanswered(doubt, id, now) ? now.version() : mine.getOrDefault(id, 0);
                ClinicFindings.Outcome out = findings.write(c, encounterId, id, base, wanted, now);
                if (out instanceof ClinicFindings.Saved s) {
                    mine.put(id, s.version());
                    doubt.put(id + "@" + s.version(), wanted);
                    count++;
                } else {
                    conflicts.add((ClinicFindings.Conflict) out);
                }
            }
            ClinicPatients.update(c, encounterId, patientLabel, exam.patient(), birthYear(exam.patient().age()));
            try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET side = ?, age = ?, "
                    + "leading_hypothesis = ?, leading_probability = ?, updated_at = now(), assessment = ?, plan = ?, "
                    + "flags = coalesce(?, flags) WHERE id = ?")) {
                p.setString(1, exam.side() == null ? null : exam.side().id());
                p.setObject(2, exam.patient().age(), Types.INTEGER);
                p.setString(3, leading);
                p.setDouble(4, leadingProbability);
                p.setString(5, exam.record().assessment());
                p.setString(6, exam.record().plan());
                p.setString(7, flags);
                p.setLong(8, encounterId);
                if (p.executeUpdate() == 0) {
                    throw new StoreException("encounter " + encounterId + " does not exist in this clinic");
                }
            }
            return count;
        });
        // Only now, committed, are these the versions this client saw: a save cut off by a lost server must
        // not leave its own unstored versions behind, or sending it again would conflict with itself.
        seen.put(encounterId, new ConcurrentHashMap<>(mine));
        unanswered.remove(encounterId);
        if (!conflicts.isEmpty()) {
            throw new ClinicConflict(conflicts);
        }
        return changed;
    }

    /** The finding as stored is what an unanswered save of this client wrote at that version: committed after all. */
    private boolean ownUnanswered(Map<String, String> doubt, String finding, ClinicFindings.Stored now) {
        String key = now == null ? null : finding + "@" + now.version();
        return key != null && doubt.containsKey(key) && java.util.Objects.equals(doubt.get(key), now.value())
                && user.equals(now.setBy());
    }

    private static Map<String, Integer> versionsOf(Map<String, ClinicFindings.Stored> stored) {
        Map<String, Integer> out = new ConcurrentHashMap<>();
        stored.forEach((id, s) -> out.put(id, s.version()));
        return out;
    }

    private static Map<String, ClinicFindings.Stored> storedFindings(Connection c, long encounter) throws SQLException {
        return stored(c, encounter, " ORDER BY finding FOR UPDATE");
    }

    @Override
    public Optional<Encounter> load(long id) {
        return work.read(c -> {
            Optional<Encounter> e = ClinicPatients.load(c, id);
            e.ifPresent(found -> {
                try {
                    Map<String, ClinicFindings.Stored> stored = storedFindingsForRead(c, id);
                    seen.put(id, versionsOf(stored));
                } catch (SQLException ex) {
                    throw new StoreException(ClinicFailure.oneLine(ex.getMessage()), ex);
                }
            });
            return e;
        });
    }

    static Map<String, ClinicFindings.Stored> storedFindingsForRead(Connection c, long encounter) throws SQLException {
        return stored(c, encounter, "");
    }

    /** The encounter's findings as stored, with versions; {@code tail} may lock them for this transaction. */
    private static Map<String, ClinicFindings.Stored> stored(Connection c, long encounter, String tail) throws SQLException {
        Map<String, ClinicFindings.Stored> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT finding, value, version, set_by, set_at FROM exampath.finding "
                + "WHERE encounter_id = ?" + tail)) {
            p.setLong(1, encounter);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new ClinicFindings.Stored(r.getString(2), r.getInt(3), r.getString(4),
                            r.getTimestamp(5).toInstant()));
                }
            }
        }
        return out;
    }

    @Override
    public List<Row> list(String text, int limit) {
        return work.read(c -> ClinicPatients.list(c, text == null ? "" : text.strip(), limit));
    }

    @Override
    public Optional<Long> lastOpen() {
        return work.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM exampath.encounter "
                    + "WHERE status = 'open' AND created_by = session_user ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    @Override
    public void close(long encounterId) {
        work.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET status = 'closed' WHERE id = ?")) {
                p.setLong(1, encounterId);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<AuditEntry> audit(long encounterId) {
        return work.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT at, who, finding, old_value, new_value FROM exampath.audit "
                    + "WHERE encounter_id = ? ORDER BY id")) {
                p.setLong(1, encounterId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new AuditEntry(r.getTimestamp(1).toInstant().toString(), r.getString(2), r.getString(3),
                                ValueCodec.decode(r.getString(4)), ValueCodec.decode(r.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician) {
        if (action == null || action.isBlank()) {
            return CompletableFuture.failedFuture(new StoreException("say what action was taken for the red flag"));
        }
        return work.submit(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO exampath.red_flag_ack (encounter_id, flag, action) VALUES (?, ?, ?)")) {
                p.setLong(1, encounterId);
                p.setString(2, flag);
                p.setString(3, action.strip());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Acknowledgement> acknowledgements(long encounterId) {
        return work.read(c -> {
            List<Acknowledgement> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT flag, action, at, who FROM exampath.red_flag_ack WHERE encounter_id = ? ORDER BY id")) {
                p.setLong(1, encounterId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant().toString(),
                                r.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int count() {
        return work.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM exampath.encounter")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    @Override
    public void close() {
        work.close();
    }
}
