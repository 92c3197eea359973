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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.exampath.domain.Exam;
import org.exampath.domain.PatientLabel;
import org.exampath.store.Encounters;
import org.exampath.store.ListedSummary;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;
import org.exampath.store.ValueCodec;

/**
 * The {@link Encounters} seam on a clinic's PostgreSQL server. The server stamps the clinic and the
 * author of every row (the {@code clinician} arguments are not trusted, they are the login role's),
 * and row-level security limits every query to the caller's clinic. Each finding is versioned: a save
 * writes a finding only if nobody changed it since this client last saw it; otherwise the other
 * clinician's value stays, the rest of the save is kept, and a {@link SaveConflict} names both.
 */
public final class ClinicEncounterStore implements Encounters, AutoCloseable {
    private final ClinicWork work;
    private final Clock clock;
    private final ClinicFindings findings = new ClinicFindings();
    /** Per encounter, the version of each finding as this client last saw or wrote it. */
    private final Map<Long, Map<String, Integer>> seen = new ConcurrentHashMap<>();
    /** Per encounter, the value of each finding as this client last saw or wrote it: what it sends unchanged is no change. */
    private final ClinicSeenValues values = new ClinicSeenValues();
    /** Per encounter, its own entries (side, age, sex, assessment, plan) as this client last saw them stored. */
    private final Map<Long, ClinicEntries> entries = new ConcurrentHashMap<>();
    /** Per encounter, its patient as this client's last save left it. */
    private final Map<Long, ClinicPatients.State> patients = new ConcurrentHashMap<>();
    /** Per encounter, the age this client's last save sent: the same age again states no birth year. */
    private final Map<Long, Optional<Integer>> ages = new ConcurrentHashMap<>();
    /** Saves that got no answer, which the server may have stored all the same. */
    private final ClinicUnanswered unanswered;
    private final String identity;
    /** SQLSTATE of {@code exampath.confirm_finding} for a finding that holds no value (a CHECK's). */
    private static final String NO_VALUE_TO_CONFIRM = "23514";

    /** Lists each encounter with the summary of the exam stored (ADR 4); null for none (see {@link ClinicSummary}). */
    private final ListedSummary.Summariser summariser;
    /** Set once this clinic's summaries worked out under other knowledge have been worked out again ({@link #list}). */
    private volatile boolean summariesCurrent;

    /**
     * A store that works out no summary for the encounter list: a saved encounter is listed with none ("not recorded";
     * tests of the store alone, and the commands, which never save an open encounter).
     */
    public ClinicEncounterStore(ClinicDatabase database, Clock clock) {
        this(database, clock, null);
    }

    /** A store that lists each saved encounter with {@code summariser}'s summary of the exam as stored (ADR 4). */
    public ClinicEncounterStore(ClinicDatabase database, Clock clock, ListedSummary.Summariser summariser) {
        this.summariser = summariser;
        this.work = new ClinicWork(database, ClinicMembers.Kind.CLINICIAN,
                "only a clinic's clinicians read or keep patients' encounters on the clinic server");
        this.clock = clock;
        this.unanswered = new ClinicUnanswered(database.user());
        this.identity = ClinicUrl.SCHEME + database.url().host().toLowerCase(java.util.Locale.ROOT) + ":" + database.url().port()
                + "/" + database.url().database();
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId,
                       String createKey) {
        Encounters.checkKey("create key", createKey);
        return work.write(c -> {
            Long found = createKey == null ? null : again(c, createKey);
            return found != null ? found
                    : insert(c, new NewEncounter(patientLabel, exam, null, null), knowledgeVersion, previousId, createKey, false);
        });
    }

    /**
     * The encounter made before with this key (row-level security limits the look-up to the caller's
     * clinic), or null when there is none. Nothing is written over it: the stored findings' versions
     * become this client's, so the saves that follow are ordinary versioned saves.
     */
    private Long again(Connection c, String createKey) throws SQLException {
        Long id = madeWith(c, createKey);
        if (id == null) {
            return null;
        }
        Map<String, ClinicFindings.Stored> stored = storedFindingsForRead(c, id);
        seen.put(id, versionsOf(stored));
        values.read(id, stored);
        entries.put(id, ClinicEntries.read(c, id));
        return id;
    }

    @Override
    public List<Imported> importAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion) {
        encounters.forEach(e -> Encounters.checkKey("import key", e.createKey()));
        return work.write(c -> {
            List<Imported> done = new ArrayList<>();
            for (NewEncounter e : encounters) {
                try {
                    Encounters.checkImportLabel(e.label());
                    Long made = e.createKey() == null ? null : madeWith(c, e.createKey());
                    done.add(made != null ? new Imported(made, true)
                            : new Imported(insert(c, e, knowledgeVersion, null, e.createKey(), true), false));
                } catch (StoreException problem) {
                    throw Encounters.refusal(e, problem);
                }
            }
            return done;
        });
    }

    /** The encounter of the caller's clinic made with this key (row-level security limits the look-up), or null. */
    private static Long madeWith(Connection c, String createKey) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM exampath.encounter WHERE create_key = ?")) {
            p.setString(1, createKey);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    /**
     * Makes the encounter, dated with the visit its exam records (an exam file opened or imported), else today. An
     * {@code imported} exam is marked so, with the clinician its file records as who examined (none if it records
     * none, never the importing login) and, if it records no date, as undated; the server then stores its findings
     * as the encounter's starting state, with no audit row in the importer's name (clinic migration 008).
     */
    private long insert(Connection c, NewEncounter e, String version, Long previousId, String createKey, boolean imported)
            throws SQLException {
        LocalDate date = e.visitDateOr(Encounters.today(clock));
        Exam exam = e.exam();
        if (previousId != null && !visible(c, previousId)) {
            // the foreign key sees every clinic's encounters; row-level security limits this look-up to the caller's
            throw Encounters.noEarlierVisit(previousId);
        }
        long patient = ClinicPatients.forNew(c, e.label(), exam.patient(), ClinicPatients.birthYear(exam.patient().age(), date));
        String examiner = exam.record().clinician();
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.encounter (patient_id, date, side, age, "
                + "knowledge_version, previous_id, leading_hypothesis, leading_probability, create_key, flags, assessment, plan, "
                + "sex, imported, examiner, undated, summary_knowledge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id")) {
            p.setLong(1, patient);
            p.setObject(2, date);
            p.setString(3, exam.side() == null ? null : exam.side().id());
            p.setObject(4, exam.patient().age(), Types.INTEGER);
            p.setString(5, version);
            p.setObject(6, previousId, Types.BIGINT);
            p.setString(7, e.leading());
            p.setObject(8, e.leadingProbability(), Types.REAL);
            p.setString(9, createKey);
            p.setString(10, e.flags());
            p.setString(11, exam.record().assessment()); // an imported exam keeps the clinician's words
            p.setString(12, exam.record().plan());
            p.setString(13, exam.patient().sex() == null ? null : exam.patient().sex().id());
            p.setBoolean(14, imported);
            p.setString(15, imported && examiner != null && !examiner.isBlank() ? examiner : null);
            p.setBoolean(16, imported && exam.record().date() == null);
            // an import's summary was worked out by this program as it imported; a new encounter has none yet
            p.setString(17, imported && summariser != null ? summariser.knowledgeVersion() : version);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        Map<String, String> written = encoded(exam);
        values.read(id, Map.of());
        findings.write(c, id, written, Map.of(), false, true).forEach((finding, outcome) -> {
            if (outcome instanceof ClinicFindings.Saved s) {
                versions.put(finding, s.version());
                values.wrote(id, finding, written.get(finding));
            }
        });
        seen.put(id, versions);
        entries.put(id, ClinicEntries.of(exam));
        return id;
    }

    /** Whether the encounter {@code id} is one of the caller's clinic (row-level security limits the look-up). */
    private static boolean visible(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM exampath.encounter WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Map<String, String> encoded(Exam exam) {
        Map<String, String> out = new TreeMap<>();
        exam.findings().forEach((id, value) -> out.put(id, ValueCodec.encode(value)));
        return out;
    }

    /**
     * Saves the exam in one transaction. Usually that is one statement ({@code exampath.save_encounter}:
     * header, versioned findings, audit) and the list's summary of the exam it left stored ({@link ClinicSummary}: a
     * merge with a colleague's save leaves an exam the client did not send, ADR 4);
     * the patient's details are then only checked to be as this client last left them. When they are not,
     * or this client has not saved this encounter yet, the patient is worked out again first (by the one
     * rule in {@link org.exampath.domain.PatientDetails}) in the same transaction; after a save that got no
     * answer, the findings it may have stored are read first too ({@link ClinicUnanswered}).
     */
    @Override
    public int save(long encounterId, String patientLabel, Exam exam, String clinician) {
        if (patientLabel != null && !patientLabel.isBlank() && !PatientLabel.isValid(patientLabel)) {
            throw new StoreException("patient.label: " + PatientLabel.problem(patientLabel).orElseThrow());
        }
        Optional<Integer> age = Optional.ofNullable(exam.patient().age());
        // the age this client last saved states no birth year; any other is read against the visit's date (in the
        // transaction that works the patient out, ClinicPatients.update)
        boolean sameAge = age.equals(ages.get(encounterId));
        ClinicSave save = new ClinicSave(exam);
        ClinicEntries base = entries.get(encounterId);
        Map<String, String> wanted = new TreeMap<>(encoded(exam));
        Map<String, Integer> mine = seen.get(encounterId);
        if (mine != null) {
            mine.keySet().forEach(id -> wanted.putIfAbsent(id, null));
        }
        Map<String, Integer> versions = mine == null ? Map.of() : Map.copyOf(mine);
        Map<String, String> seenValues = mine == null ? null : values.of(encounterId);
        ClinicPatients.State known = patients.get(encounterId);
        boolean doubt = unanswered.any(encounterId);
        Map<String, ClinicFindings.Outcome> outcomes = null;
        ClinicEntries mergedAgainst = base;
        try {
            if (!doubt && known != null && sameAge && known.keptBy(patientLabel, exam.patient(), null)) {
                outcomes = work.write(c -> {
                    Map<String, ClinicFindings.Outcome> saved;
                    try {
                        saved = save.run(c, encounterId, known, wanted, versions, base, mine == null);
                    } catch (SQLException e) {
                        if (ClinicSave.PATIENT_CHANGED.equals(e.getSQLState())) {
                            c.rollback(); // nothing was written: the patient is worked out again below
                            return null;
                        }
                        throw e;
                    }
                    ClinicSummary.write(c, encounterId, summariser);
                    return saved;
                });
            }
            if (outcomes == null) {
                patients.remove(encounterId);
                Settled settled = work.write(c -> {
                    Map<String, Integer> bases = doubt ? unanswered.bases(c, encounterId, versions) : versions;
                    // an entry an unanswered save stored after all is this client's own, not a colleague's change
                    ClinicEntries seenEntries = doubt ? unanswered.entriesBase(c, encounterId, base) : base;
                    // the patient's details as the encounter keeps them: an age or sex refused there is not written here
                    ClinicPatients.State state = ClinicPatients.update(c, encounterId, patientLabel,
                            ClinicEntries.kept(seenEntries, ClinicEntries.read(c, encounterId), exam.patient(), mine == null));
                    Settled done = new Settled(state, save.run(c, encounterId, null, wanted, bases, seenEntries, mine == null),
                            seenEntries);
                    ClinicSummary.write(c, encounterId, summariser);
                    return done;
                });
                patients.put(encounterId, settled.patient());
                outcomes = settled.outcomes();
                mergedAgainst = settled.entries();
            }
        } catch (StoreException e) {
            unanswered.remember(encounterId, wanted, ClinicEntries.of(exam));
            throw e;
        }
        unanswered.answered(encounterId);
        ages.put(encounterId, age);
        return settle(encounterId, new Sent(wanted, seenValues), outcomes, mergedAgainst, ClinicEntries.of(exam));
    }

    /**
     * A save that worked out the patient again: the patient as it now stands, what became of each finding, and the
     * encounter's own entries it merged against.
     */
    private record Settled(ClinicPatients.State patient, Map<String, ClinicFindings.Outcome> outcomes, ClinicEntries entries) {
    }

    /** The findings a save sent (encoded; null clears) and their values as this client saw them before it (null: none seen). */
    private record Sent(Map<String, String> wanted, Map<String, String> base) {
        /** A finding this client sent as it last saw it: no change of its own, so a colleague's value since is no conflict. */
        boolean unchanged(String finding) {
            return ClinicSeenValues.unchanged(base, finding, wanted.get(finding));
        }
    }

    /**
     * Takes the versions, values and entries the save left in this client's view of the encounter; reports conflicts after
     * the rest was kept. A finding refused because a colleague changed it since, which this client sent as it last saw
     * it, is no conflict: the colleague's value stands, as the SQLite store keeps it (ADR 4), and this client's view of it
     * stays as it was. {@code base} is the encounter's entries as this client saw them before the save (null: none seen),
     * {@code yours} those it saved.
     */
    private int settle(long encounterId, Sent sent, Map<String, ClinicFindings.Outcome> outcomes, ClinicEntries base,
                       ClinicEntries yours) {
        Map<String, Integer> mine = seen.computeIfAbsent(encounterId, id -> new ConcurrentHashMap<>());
        List<SaveConflict.Clash> conflicts = new ArrayList<>();
        List<SaveConflict.Clash> refused = new ArrayList<>();
        int changed = 0;
        for (Map.Entry<String, ClinicFindings.Outcome> e : outcomes.entrySet()) {
            if (e.getKey().startsWith(ClinicEntries.PREFIX) && e.getValue() instanceof ClinicFindings.Conflict c) {
                refused.add(new SaveConflict.Clash(c.finding(), yoursOf(yours, c.finding()), c.theirs(), c.setBy(), c.setAt()));
            } else if (e.getValue() instanceof ClinicFindings.Same same) {
                mine.put(e.getKey(), same.version());
                values.wrote(encounterId, e.getKey(), sent.wanted().get(e.getKey()));
            } else if (e.getValue() instanceof ClinicFindings.Saved saved) {
                mine.put(e.getKey(), saved.version());
                values.wrote(encounterId, e.getKey(), sent.wanted().get(e.getKey()));
                changed++;
            } else if (!sent.unchanged(e.getKey())) {
                conflicts.add(((ClinicFindings.Conflict) e.getValue()).clash());
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        refused.forEach(c -> names.add(c.finding()));
        entries.put(encounterId, base == null ? yours : base.after(yours, names));
        if (!conflicts.isEmpty() || !refused.isEmpty()) {
            throw new SaveConflict(conflicts, refused);
        }
        return changed;
    }

    /** This client's value of one of the encounter's own entries ({@code encounter.plan} …), as text. */
    private static String yoursOf(ClinicEntries yours, String entry) {
        return switch (entry.substring(ClinicEntries.PREFIX.length())) {
            case "side" -> yours.side();
            case "age" -> yours.age() == null ? null : yours.age().toString();
            case "sex" -> yours.sex();
            case "assessment" -> yours.assessment();
            default -> yours.plan();
        };
    }

    private static Map<String, Integer> versionsOf(Map<String, ClinicFindings.Stored> stored) {
        Map<String, Integer> out = new ConcurrentHashMap<>();
        stored.forEach((id, s) -> out.put(id, s.version()));
        return out;
    }

    @Override
    public Optional<Encounter> load(long id) {
        // one snapshot: the exam shown and the versions, values and entries saves go on from are of the same moment, so a
        // colleague's save landing meanwhile is never taken for this clinician's view and written back in their name
        return work.snapshot(c -> {
            Optional<Encounter> e = ClinicPatients.load(c, id);
            e.ifPresent(found -> {
                try {
                    Map<String, ClinicFindings.Stored> stored = storedFindingsForRead(c, id);
                    seen.put(id, versionsOf(stored));
                    values.read(id, stored);
                    entries.put(id, ClinicEntries.read(c, id));
                } catch (SQLException ex) {
                    throw new StoreException(ClinicFailure.oneLine(ex.getMessage()), ex);
                }
            });
            return e;
        });
    }

    /** The encounter's findings as stored, with versions. */
    static Map<String, ClinicFindings.Stored> storedFindingsForRead(Connection c, long encounter) throws SQLException {
        Map<String, ClinicFindings.Stored> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT finding, value, version, set_by, set_at FROM exampath.finding "
                + "WHERE encounter_id = ?")) {
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
        bringSummariesUpToDate();
        return work.read(c -> ClinicPatients.list(c, text == null ? "" : text.strip(), limit));
    }

    /** Once per store, before its first list: the summaries worked out under other knowledge, worked out again. */
    private void bringSummariesUpToDate() {
        if (summariesCurrent || summariser == null || summariser.knowledgeVersion() == null) {
            return;
        }
        for (long after = 0; after >= 0; ) {
            long from = after;
            after = work.write(c -> ClinicStaleSummaries.rework(c, summariser, from));
        }
        summariesCurrent = true;
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

    /**
     * One audit row from the finding's stored value to itself, which the server stamps with the caller's login, the
     * time and the clinic as it stamps every audit row ({@code clinician} is not trusted). Only for a finding that has
     * a value and is still at the version this client last saw or wrote: a value a colleague set since (or cleared) is
     * theirs, not what this clinician examined, so nothing is confirmed in this clinician's name and the refusal is a
     * {@link SaveConflict} naming the stored value and who set it (this client keeps versions, not values, so its
     * {@code yours} is null; the window knows what it shows), as the SQLite store's is. The finding itself (value,
     * version, who set it) is not touched, so a confirmation is never a conflict for anyone's save. The server writes
     * the row ({@code exampath.confirm_finding}) and refuses one for a finding without a value, which is nothing here
     * unless a colleague cleared it since.
     */
    @Override
    public void confirm(long encounterId, String clinician, String finding) {
        Map<String, Integer> mine = seen.get(encounterId);
        Integer version = mine == null ? null : mine.get(finding);
        if (version == null) {
            return; // this client has not seen the finding stored: there is nothing it can have confirmed
        }
        int written = work.write(c -> {
            // the server writes the row (clinic migration 013): clinicians may not insert into the audit themselves
            try (PreparedStatement p = c.prepareStatement("SELECT exampath.confirm_finding(?, ?, ?)")) {
                p.setLong(1, encounterId);
                p.setString(2, finding);
                p.setInt(3, version);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            } catch (SQLException e) {
                if (NO_VALUE_TO_CONFIRM.equals(e.getSQLState())) {
                    return 0; // the server's rule: a finding without a value has nothing to confirm (cleared since, maybe)
                }
                throw e;
            }
        });
        // refused: read in a transaction of its own (a refusal by error ends the one above)
        SaveConflict.Clash refused = written > 0 ? null : work.read(c -> changedSince(c, encounterId, finding, version));
        if (refused != null) {
            throw new SaveConflict(List.of(refused));
        }
    }

    /**
     * The finding as a colleague left it after this client's {@code version}, or null when it is still at that version
     * (or this client may not read it). A row gone or holding no value is theirs too: cleared since.
     */
    private SaveConflict.Clash changedSince(Connection c, long encounterId, String finding, int version) throws SQLException {
        ClinicFindings.Stored now = findings.read(c, encounterId, finding);
        if (now != null && now.version() == version) {
            return null;
        }
        return now == null ? new SaveConflict.Clash(finding, null, null, "another clinician", null)
                : new SaveConflict.Clash(finding, null, now.value(), now.setBy(), now.setAt());
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
                                ValueCodec.decode(encounterId, r.getString(3), r.getString(4)),
                                ValueCodec.decode(encounterId, r.getString(3), r.getString(5))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician, String actionKey,
                                               String recordedAt, String urgency) {
        if (action == null || action.isBlank()) {
            return CompletableFuture.failedFuture(new StoreException("say what action was taken for the red flag"));
        }
        java.time.Instant recorded;
        try {
            Encounters.checkKey("red-flag action key", actionKey);
            Encounters.checkUrgency(urgency);
            recorded = Encounters.recordedAt(recordedAt);
        } catch (StoreException e) {
            return CompletableFuture.failedFuture(e);
        }
        return work.submit(c -> {
            // this workstation's clock as the action is sent, beside its reading when the action was recorded: the
            // server takes the time between the two from its own stamp, so a clock running fast or slow never makes
            // the action's time, nor refuses the action (clinic migration 009)
            java.time.Instant sent = clock.instant();
            // an action whose key this clinic holds already was stored by an earlier try whose answer was lost
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exampath.red_flag_ack (encounter_id, flag, action, action_key, "
                    + "reported_at, reported_sent_at, urgency) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (clinic_id, action_key) DO NOTHING")) {
                p.setLong(1, encounterId);
                p.setString(2, flag);
                p.setString(3, action.strip());
                p.setString(4, actionKey);
                p.setObject(5, recorded == null ? null : utc(recorded), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setObject(6, recorded == null ? null : utc(sent), Types.TIMESTAMP_WITH_TIMEZONE);
                p.setString(7, urgency);
                p.executeUpdate();
            } catch (SQLException e) {
                throw refused(e);
            }
            return null;
        });
    }

    private static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    /**
     * A red-flag action the server would not take for a rule of the store, in one line that names the rule, never
     * the server's own wording (the encounter is not in this clinic's store: the server's clinic stamp says "no encounter",
     * or its key is missing); anything else (a lost connection, a refused login) is told as every failure is.
     */
    private static SQLException refused(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean notHere = "42501".equals(state) && e instanceof org.postgresql.util.PSQLException pg
                && pg.getServerErrorMessage() != null && String.valueOf(pg.getServerErrorMessage().getMessage()).startsWith("no encounter");
        if ("23503".equals(state) || notHere) {
            throw new StoreException("the clinic server did not store the red-flag action: the encounter it was recorded in "
                    + "is not in this clinic's store", e);
        }
        if (state.startsWith("23")) {
            throw new StoreException("the clinic server did not store the red-flag action: it breaks the store's rule "
                    + constraint(e) + " (integrity error " + state + ")", e);
        }
        return e;
    }

    private static String constraint(SQLException e) {
        return e instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                && pg.getServerErrorMessage().getConstraint() != null ? pg.getServerErrorMessage().getConstraint() : "on actions";
    }

    @Override
    public List<Acknowledgement> acknowledgements(long encounterId) {
        return work.read(c -> {
            List<Acknowledgement> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT flag, action, coalesce(recorded_at, at), who, urgency FROM exampath.red_flag_ack WHERE encounter_id = ? "
                            + "ORDER BY id")) {
                p.setLong(1, encounterId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant().toString(),
                                r.getString(4), r.getString(5)));
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
