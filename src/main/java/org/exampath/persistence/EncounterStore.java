package org.exampath.persistence;

import org.exampath.store.ValueCodec;
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
import java.util.concurrent.CompletableFuture;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.ListedSummary;
import org.exampath.store.StoreException;

/**
 * Patients, encounters and their findings in SQLite. Every write goes to the database's one writer
 * as one transaction that stores the changed findings and one audit row per change, so a crash
 * loses at most the change in flight; reads use the read connection.
 */
public final class EncounterStore implements Encounters {
    private final Database db;
    private final Clock clock;
    private final String identity;
    private final SaveBases bases = new SaveBases();
    private final ListedSummary.Summariser summariser;
    /** Set once the summaries worked out under other knowledge have been worked out again ({@link #list}). */
    private volatile boolean summariesCurrent;
    /** Who this store's window is (a user on a computer), marked on what it makes and saves; null for the commands. */
    private final String workplace;

    /**
     * A store that works out no summary for the encounter list: a saved encounter is listed with none ("not recorded";
     * tests of the store alone, and the commands, which never save an open encounter).
     */
    public EncounterStore(Database db, Clock clock) {
        this(db, clock, null);
    }

    /** A store that lists each saved encounter with {@code summariser}'s summary of the exam as stored (ADR 4). */
    public EncounterStore(Database db, Clock clock, ListedSummary.Summariser summariser) {
        this(db, clock, summariser, null);
    }

    /**
     * As {@link #EncounterStore(Database, Clock, ListedSummary.Summariser)}, for the window of {@code workplace} (one user on
     * one computer): every encounter it makes or saves is marked as left open by it, and {@link #lastOpen} finds only
     * those, never one a colleague's window on the same file has open.
     */
    public EncounterStore(Database db, Clock clock, ListedSummary.Summariser summariser, String workplace) {
        this.db = db;
        this.clock = clock;
        this.identity = identityOf(db);
        this.summariser = summariser;
        this.workplace = workplace;
    }

    /** Marks {@code id} as left open by this window, inside the caller's write (nothing without a workplace). */
    private void leftOpenHere(Connection c, long id) throws SQLException {
        if (workplace == null) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET left_open_by = ? WHERE id = ?")) {
            p.setString(1, workplace);
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    @Override
    public String identity() {
        return identity;
    }

    /** The file's real path, else its absolute one (a file that cannot be resolved is still named). */
    private static String identityOf(Database db) {
        try {
            return db.path().toRealPath().toString();
        } catch (java.io.IOException e) {
            return db.path().toAbsolutePath().normalize().toString();
        }
    }

    @Override
    public long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId,
                       String createKey) {
        Encounters.checkKey("create key", createKey);
        long id = db.write(c -> {
            if (createKey != null) {
                Long made = madeWith(c, createKey);
                if (made != null) {
                    // made already by a try whose answer was lost: its id, never a second encounter, and nothing
                    // written over it (the caller's saves that follow are ordinary saves)
                    return made;
                }
            }
            long made = insert(c, new NewEncounter(patientLabel, exam, null, null), clinician, knowledgeVersion, previousId,
                    createKey, false);
            leftOpenHere(c, made);
            return made;
        });
        // the clinician who made it has it as stored: their saves are weighed against that
        StoredEncounter made = db.read(c -> StoredEncounter.read(c, id, findings(c, id)));
        bases.saved(id, clinician, made.label(), made.exam());
        return id;
    }

    @Override
    public List<Imported> importAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion) {
        encounters.forEach(e -> Encounters.checkKey("import key", e.createKey()));
        return db.write(c -> {
            List<Imported> done = new ArrayList<>();
            for (NewEncounter e : encounters) {
                try {
                    Encounters.checkImportLabel(e.label());
                    Long made = e.createKey() == null ? null : madeWith(c, e.createKey());
                    done.add(made != null ? new Imported(made, true) : new Imported(
                            insert(c, e, examinedBy(e.exam(), clinician), knowledgeVersion, null, e.createKey(), true), false));
                } catch (StoreException problem) {
                    throw Encounters.refusal(e, problem);
                }
            }
            return done;
        });
    }

    /**
     * Who entered an imported exam's findings, as the audit names them: the clinician its file records (who
     * examined), else {@code clinician}, the importer, who put them in the store. The encounter itself names only
     * the clinician the file records ({@link #insert}).
     */
    private static String examinedBy(Exam exam, String clinician) {
        return exam.record().clinician() != null ? exam.record().clinician() : clinician;
    }

    /** The encounter made with this key, or null. */
    private static Long madeWith(Connection c, String createKey) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM encounter WHERE create_key = ?")) {
            p.setString(1, createKey);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /**
     * Makes the encounter, dated with the visit its exam records (an exam file opened or imported), else today; an
     * {@code imported} exam that records no date is marked undated, so that day is never exported as its visit's.
     * The encounter's clinician is {@code clinician}, who also enters its findings in the audit; an imported
     * encounter's is only the clinician its file records (none if it records none, never the importer).
     */
    private long insert(Connection c, NewEncounter e, String clinician, String version, Long previousId, String createKey,
                        boolean imported) throws SQLException {
        LocalDate date = e.visitDateOr(Encounters.today(clock));
        Exam exam = e.exam();
        if (previousId != null && !exists(c, previousId)) {
            throw Encounters.noEarlierVisit(previousId);
        }
        long patient = Patients.forNew(c, e.label(), exam.patient(), birthYear(exam.patient().age(), date));
        String now = clock.instant().toString();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO encounter (patient_id, date, clinician, side, age, "
                + "knowledge_version, previous_id, updated_at, leading, leading_probability, create_key, flags, assessment, plan, sex, "
                + "undated, summary_knowledge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, patient);
            p.setString(2, date.toString());
            p.setString(3, imported ? java.util.Objects.requireNonNullElse(exam.record().clinician(), "") : clinician);
            p.setString(4, exam.side() == null ? null : exam.side().id());
            Patients.setInt(p, 5, exam.patient().age());
            p.setString(6, version);
            p.setObject(7, previousId, Types.INTEGER);
            p.setString(8, now);
            p.setString(9, e.leading());
            p.setObject(10, e.leadingProbability(), Types.REAL);
            p.setString(11, createKey);
            p.setString(12, e.flags());
            p.setString(13, exam.record().assessment()); // an imported exam keeps the clinician's words
            p.setString(14, exam.record().plan());
            p.setString(15, exam.patient().sex() == null ? null : exam.patient().sex().id());
            p.setInt(16, imported && exam.record().date() == null ? 1 : 0);
            // an import's summary was worked out by this program as it imported; a new encounter has none yet
            p.setString(17, imported && summariser != null ? summariser.knowledgeVersion() : version);
            p.executeUpdate();
            long id;
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            if (previousId == null) {
                FindingWrites.write(c, id, Map.of(), exam.findings(), clinician, now);
            } else {
                // a follow-up's findings carried over from its last visit: that visit's audit says who entered them
                FindingWrites.carryOver(c, id, exam.findings());
            }
            return id;
        }
    }

    /** Whether the encounter {@code id} is stored. */
    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM encounter WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** The birth year an age gives, read against the day of the visit it was recorded at (not today). */
    static Integer birthYear(Integer age, LocalDate visit) {
        return age == null ? null : visit.getYear() - age;
    }

    @Override
    public int save(long encounterId, String patientLabel, Exam exam, String clinician) {
        SaveBases.Seen base = bases.of(encounterId, clinician);
        EncounterSave.Saved saved = db.write(c -> {
            EncounterSave.Saved done = EncounterSave.run(c, encounterId, patientLabel, exam, base, clinician, summariser,
                    clock.instant().toString());
            leftOpenHere(c, encounterId);
            return done;
        });
        // the base of this window's next save: what it sent, less what was refused (SaveBases.afterSave)
        bases.saved(encounterId, clinician, saved.label(), SaveBases.afterSave(base, exam, saved.conflicts(), saved.texts()));
        if (!saved.conflicts().isEmpty() || !saved.texts().isEmpty()) {
            throw new org.exampath.store.SaveConflict(saved.conflicts(), saved.texts());
        }
        return saved.changed();
    }

    static Map<String, FindingValue> findings(Connection c, long id) throws SQLException {
        Map<String, FindingValue> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT finding, value FROM finding WHERE encounter_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), ValueCodec.decode(id, r.getString(1), r.getString(2)));
                }
            }
        }
        return out;
    }

    @Override
    public Optional<Encounter> load(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT e.id, pt.label, e.date, e.clinician, e.status, "
                    + "e.knowledge_version, e.previous_id, e.side, e.age, e.sex, e.assessment, e.plan, e.undated FROM encounter e "
                    + "JOIN patient pt ON pt.id = e.patient_id WHERE e.id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Encounter>empty();
                    }
                    Integer age = (Integer) r.getObject(9);
                    Exam exam = new Exam(new Patient(age, Sex.fromId(r.getString(10))), Side.fromId(r.getString(8)),
                            findings(c, id), ExamRecord.NONE.withAssessment(r.getString(11)).withPlan(r.getString(12)));
                    long previous = r.getLong(7);
                    Long previousId = r.wasNull() ? null : previous;
                    // the visit as recorded: who examined is the encounter's clinician (an import's is the one its file names)
                    ExamRecord recorded = Encounters.recorded(r.getString(2), r.getInt(13) == 1 ? null : r.getString(3),
                            r.getString(4), exam.record());
                    // the freshest view of it: the base of the saves that follow (ADR 4)
                    bases.read(id, r.getString(2), exam);
                    return Optional.of(new Encounter(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), previousId, exam, recorded));
                }
            }
        });
    }

    @Override
    public List<Row> list(String text, int limit) {
        bringSummariesUpToDate();
        return db.read(c -> EncounterSearch.list(c, text, limit));
    }

    /**
     * Once per store, before its first list: the summaries worked out under another knowledge version are worked out
     * again under this summariser's ({@link StaleSummaries}), in batches on the writer; later saves keep them current.
     */
    private void bringSummariesUpToDate() {
        if (summariesCurrent || summariser == null || summariser.knowledgeVersion() == null) {
            return;
        }
        int done = 0;
        for (long after = 0; after >= 0; ) {
            long from = after;
            org.exampath.store.SummaryRework.Batch batch = db.write(c -> StaleSummaries.rework(c, summariser, from));
            after = batch.last();
            done += batch.count();
        }
        if (done > 0) {
            int count = done;
            db.write(c -> {
                StaleSummaries.record(c, summariser.knowledgeVersion(), count);
                return null;
            });
        }
        summariesCurrent = true;
    }

    /**
     * The open encounter this window's user last made or saved on this computer (as the clinic store resumes only the
     * login's own); without a workplace (the commands, tests of the store alone), the file's latest open one.
     */
    @Override
    public Optional<Long> lastOpen() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM encounter WHERE status = 'open'"
                    + (workplace == null ? "" : " AND left_open_by = ?") + " ORDER BY updated_at DESC, id DESC LIMIT 1")) {
                if (workplace != null) {
                    p.setString(1, workplace);
                }
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public void close(long encounterId) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET status = 'closed' WHERE id = ?")) {
                p.setLong(1, encounterId);
                return p.executeUpdate();
            }
        });
    }

    /**
     * One audit row from the finding's stored value to itself, in {@code clinician}'s name, only while the stored value
     * is the one this clinician's window holds as its base (what it last read or wrote, {@link SaveBases}): a value a
     * colleague set since is theirs, not what this clinician examined, so nothing is written and the refusal is a
     * {@link org.exampath.store.SaveConflict} naming both values and who set theirs, as the clinic store's is. Nothing
     * either when this store never read the encounter for this clinician, or their base holds no value for it.
     */
    @Override
    public void confirm(long encounterId, String clinician, String finding) {
        SaveBases.Seen base = bases.of(encounterId, clinician);
        FindingValue mine = base == null ? null : base.exam().findings().get(finding);
        if (mine == null) {
            return; // this window has no value of it stored: there is nothing it can have confirmed
        }
        String yours = ValueCodec.encode(mine);
        String at = clock.instant().toString();
        org.exampath.store.SaveConflict.Clash refused = db.write(c -> {
            String stored = storedValue(c, encounterId, finding);
            if (stored == null || !mine.equals(ValueCodec.decode(stored))) {
                return FlagActions.conflict(c, encounterId, finding, yours, stored);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit (encounter_id, at, clinician, finding, old_value, new_value) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, encounterId);
                p.setString(2, at);
                p.setString(3, clinician);
                p.setString(4, finding);
                p.setString(5, stored);
                p.setString(6, stored);
                p.executeUpdate();
                return null;
            }
        });
        if (refused != null) {
            throw new org.exampath.store.SaveConflict(List.of(refused));
        }
    }

    /** The finding's value as stored, encoded; null when it holds none. */
    private static String storedValue(Connection c, long encounterId, String finding) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM finding WHERE encounter_id = ? AND finding = ?")) {
            p.setLong(1, encounterId);
            p.setString(2, finding);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Override
    public List<AuditEntry> audit(long encounterId) {
        return db.read(c -> FlagActions.audit(c, encounterId));
    }

    @Override
    public CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician, String actionKey,
                                               String recordedAt, String urgency) {
        if (action == null || action.isBlank()) {
            return CompletableFuture.failedFuture(new StoreException("say what action was taken for the red flag"));
        }
        java.time.Instant now = clock.instant();
        java.time.Instant recorded;
        try {
            Encounters.checkKey("red-flag action key", actionKey);
            Encounters.checkUrgency(urgency);
            recorded = Encounters.recordedAt(recordedAt);
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (recorded != null && recorded.isAfter(now.plus(java.time.Duration.ofMinutes(5)))) {
            return CompletableFuture.failedFuture(new StoreException("red-flag action recorded at " + recorded
                    + ": later than this computer's clock (" + now + ")"));
        }
        // this file's times are this computer's clock either way: the action keeps the moment it was recorded
        String at = (recorded == null ? now : recorded).toString();
        return db.submit(c -> {
            if (!exists(c, encounterId)) {
                // as the clinic store says it, not in the foreign key's words
                throw new StoreException("the store did not keep the red-flag action: encounter " + encounterId
                        + ", where it was recorded, is not in this store");
            }
            return FlagActions.insert(c, encounterId, flag, action.strip(), at, clinician, actionKey, urgency);
        });
    }

    @Override
    public List<Acknowledgement> acknowledgements(long encounterId) {
        return db.read(c -> FlagActions.list(c, encounterId));
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM encounter")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }
}
