package org.exampath.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.PatientLabel;
import org.exampath.domain.FindingValue;

/**
 * The one door from the window and the commands to stored encounters. Writes are queued to one
 * writer and each is one transaction; reads never wait for a write. It says nothing about SQL, so
 * another engine (PostgreSQL) can stand behind it. Failures are {@link StoreException}s.
 */
public interface Encounters {
    /**
     * One line of the encounter browser. {@code actedOn}: the red-flag actions recorded for this encounter, each as
     * its flag's id and the urgency the flag stood at when it was recorded ({@code cauda_equina:urgent}), or the id
     * alone for an action stored before the stores kept its urgency; joined by commas in no set order, each once
     * (null when none is recorded). {@code undated}: an import whose file recorded no visit date, so {@code date} is the
     * day it was imported, not the visit's.
     */
    record Row(long id, String date, String patientLabel, String leading, Double leadingProbability,
               String status, String clinician, Long previousId, String flags, String actedOn, boolean undated) {
        /** A row of a dated visit. */
        public Row(long id, String date, String patientLabel, String leading, Double leadingProbability,
                   String status, String clinician, Long previousId, String flags, String actedOn) {
            this(id, date, patientLabel, leading, leadingProbability, status, clinician, previousId, flags, actedOn, false);
        }

        /** Newest visit first, then the undated imports (newest import first): an import day is not a visit's date. */
        public static final java.util.Comparator<Row> NEWEST_FIRST = java.util.Comparator.comparing(Row::undated)
                .thenComparing(Row::date, java.util.Comparator.reverseOrder())
                .thenComparing(Row::id, java.util.Comparator.reverseOrder());

        /**
         * The encounter was saved while an emergency stood ({@code flags} "emergency: …"): its working diagnosis is
         * held back wherever it is listed, also for one stored before the stores kept none for it.
         */
        public boolean listedEmergency() {
            return flags != null && flags.startsWith("emergency: ");
        }
    }

    /**
     * A stored encounter with its exam. {@code recorded} is the visit's record as the store holds it, what
     * {@code export} writes and the note names: the patient's label (none for a store's placeholder), the visit's
     * date (none when the exam was stored without one), who examined (none when the store does not know), and the
     * clinician's assessment and plan. {@code date} and {@code clinician} are the encounter's own, as listed.
     */
    record Encounter(long id, String patientLabel, String date, String clinician, String status,
                     String knowledgeVersion, Long previousId, Exam exam, ExamRecord recorded) {
        /** An import whose file recorded no visit date: {@code date} is then the day it was imported. */
        public boolean undated() {
            return recorded != null && recorded.date() == null;
        }
    }

    /**
     * One change a person made: who, when, what, from and to. {@code finding} is a finding's id, a patient's detail
     * ({@code patient.sex}, {@code patient.birth_year}) or one of the encounter's own entries ({@code encounter.side},
     * {@code encounter.patient}, {@code encounter.assessment}, {@code encounter.plan}), whose text is kept as a choice
     * ({@link ValueCodec#encodeText}).
     */
    record AuditEntry(String at, String clinician, String finding, FindingValue oldValue, FindingValue newValue) {
    }

    /**
     * What was done about a red flag, by whom and when, and the urgency the flag stood at when it was recorded
     * ({@code emergency}, {@code urgent} or {@code soon}; null for an action stored before the stores kept it, whose
     * level is not known).
     */
    record Acknowledgement(String flag, String action, String at, String clinician, String urgency) {
        public Acknowledgement(String flag, String action, String at, String clinician) {
            this(flag, action, at, clinician, null);
        }
    }

    /** The urgencies an action can be recorded at: those of a raised flag (a noted item is not one). */
    java.util.Set<String> ACTION_URGENCIES = java.util.Set.of("emergency", "urgent", "soon");

    /** An action's urgency as a store keeps it: one of {@link #ACTION_URGENCIES}, or null for none; else refused. */
    static String checkUrgency(String urgency) {
        if (urgency != null && !ACTION_URGENCIES.contains(urgency)) {
            throw new StoreException("red-flag action urgency: expected emergency, urgent or soon, found \"" + urgency + "\"");
        }
        return urgency;
    }

    /**
     * An encounter to import: the patient's label, the exam and its leading hypothesis, the key it is
     * imported with (null for none): an encounter already made with that key is not made again, and the
     * red-flag state it is listed with (null when not worked out: the list then says "not recorded"), and where it
     * came from (a file's name, or null), which a refusal of it names.
     */
    record NewEncounter(String label, Exam exam, String leading, Double leadingProbability, String createKey, String flags,
                        String source) {
        public NewEncounter(String label, Exam exam, String leading, Double leadingProbability, String createKey, String flags) {
            this(label, exam, leading, leadingProbability, createKey, flags, null);
        }

        public NewEncounter(String label, Exam exam, String leading, Double leadingProbability) {
            this(label, exam, leading, leadingProbability, null);
        }

        public NewEncounter(String label, Exam exam, String leading, Double leadingProbability, String createKey) {
            this(label, exam, leading, leadingProbability, createKey, null);
        }

        /** The date an imported exam is stored with: the visit's date its record gives, else {@code today}. */
        public java.time.LocalDate visitDateOr(java.time.LocalDate today) {
            return exam.record().date() == null ? today : exam.record().date();
        }
    }

    /** The start of every key {@code import} makes ({@code import-sha256:…}): an encounter with one was imported. */
    String IMPORT_KEY = "import-sha256:";

    /**
     * Both stores' refusal of a follow-up whose earlier visit ({@code previousId}) is not in the store, or not one this
     * user may read (another clinic's): nothing is stored, and the words name the visit, not the database's foreign key.
     */
    static StoreException noEarlierVisit(long previousId) {
        return new StoreException("encounter " + previousId + ", the earlier visit this follow-up follows, is not in this "
                + "store (removed since the follow-up was started, or not this clinic's): the follow-up was not stored; "
                + "start it again from a visit in the list");
    }

    /**
     * Checked by both stores for each exam imported: a label of a store's placeholder form names nobody, so an
     * import never joins (nor makes) a patient by it. A refusal of one exam names its {@code source}, if it has one.
     */
    static StoreException refusal(NewEncounter e, StoreException problem) {
        return e.source() == null ? problem : new StoreException(e.source() + ": " + problem.getMessage(), problem);
    }

    /** Refuses an imported exam whose label is a store's placeholder (see {@link PatientLabel#isPlaceholder}). */
    static void checkImportLabel(String label) {
        if (PatientLabel.isPlaceholder(label)) {
            throw new StoreException("patient label \"" + label.strip() + "\" is a store's name for a patient nobody labelled "
                    + "and says nothing of who this is: give the patient's own label, or leave it out");
        }
    }

    /**
     * A label for a new patient, checked by both stores: never one of a placeholder's form, which a store keeps for
     * unlabelled patients (a stored patient of that label is joined, not made).
     */
    static String unreserved(String label) {
        if (PatientLabel.isPlaceholder(label)) {
            throw new StoreException("patient label \"" + label + "\" has the form this store keeps for patients nobody "
                    + "labelled, and no such patient is stored: give the patient's own label");
        }
        return label;
    }

    /**
     * The record a store holds for a visit (see {@link Encounter}): the stored label unless it is a placeholder,
     * the visit's date if one was recorded ({@code date} null otherwise), who examined if known ({@code examiner}
     * null or blank otherwise), and the assessment and plan of the stored exam's {@code notes}.
     */
    static ExamRecord recorded(String label, String date, String examiner, ExamRecord notes) {
        java.time.LocalDate visit = null;
        if (date != null) {
            try {
                visit = java.time.LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                visit = null; // a date this store did not write as ISO-8601 is not one the record can carry
            }
        }
        return new ExamRecord(PatientLabel.isValid(label) && !PatientLabel.isPlaceholder(label) ? label : null, visit,
                examiner == null || examiner.isBlank() ? null : examiner, notes.assessment(), notes.plan());
    }

    /** What an import did with one exam: the encounter it is in, and whether that was there already (its key found). */
    record Imported(long id, boolean already) {
    }

    /**
     * Today's date at the clinic: the day of {@code clock}'s instant in the computer's own zone, whatever zone the
     * clock carries, so a visit is dated as the clinician and the note see the day (not the UTC day).
     */
    static java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());
    }

    /** Creates an encounter for the patient with this label (created if new) and stores the exam. */
    default long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId) {
        return create(patientLabel, clinician, exam, knowledgeVersion, previousId, null);
    }

    /**
     * As above, once per {@code createKey}: a key the caller chose for this new encounter (a random UUID,
     * say) and sends again, unchanged, when it retries a create whose answer it never got. If an
     * encounter was already made with that key, no other is: its id is returned and the exam is saved
     * to it as {@link #save} would (only changed findings written and audited). A null key: no such check.
     * With {@code previousId} (a follow-up) the exam holds the findings carried over from that visit: they are
     * stored as the follow-up's starting state, not audited in {@code clinician}'s name (the last visit's
     * audit says who entered them; the follow-up's audit begins with what is entered in it). The clinic store
     * leaves out of the audit only a carried-over value the last visit holds when the follow-up is made, or a duration
     * in weeks moved forward from it by no more than the weeks between the visits (its trigger decides, not the client:
     * migration 018); any other value is audited as the clinician's entry.
     */
    long create(String patientLabel, String clinician, Exam exam, String knowledgeVersion, Long previousId, String createKey);

    /** Imports several exams as encounters, all or nothing; an existing patient is never changed. */
    default List<Long> createAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion) {
        return importAll(encounters, clinician, knowledgeVersion).stream().map(Imported::id).toList();
    }

    /**
     * As {@link #createAll}, in one transaction; an exam whose create key names an encounter already made
     * (by an earlier import, or earlier in this one) is not stored again and that encounter is left as it
     * is: its id comes back marked {@code already}. In the SQLite store an exam whose file records its
     * clinician is that clinician's encounter, its findings audited in their name; a file that names none makes
     * an encounter that names no examiner, its findings audited in {@code clinician}'s name (the importer's). In the
     * clinic store the encounter is made by the importing login ({@code created_by}) and its {@link Encounter#recorded}
     * names the clinician the file records (none if it records none, never that login); its findings are its
     * starting state, with no audit row, as the server can name only the login in one (ADR 5, ADR 8). A refusal
     * names the exam's source.
     */
    List<Imported> importAll(List<NewEncounter> encounters, String clinician, String knowledgeVersion);

    /**
     * Saves the exam as it now stands (changed findings, one audit row each, the side, age and sex, the clinician's
     * assessment and plan) in one transaction; a null label keeps the encounter's patient. Returns how many findings
     * changed. The encounter list's summary (leading hypothesis, its probability, the red-flag state) is the store's
     * own work, from the exam it leaves stored, in the same transaction (ADR 4): the caller sends none.
     */
    int save(long encounterId, String patientLabel, Exam exam, String clinician);

    Optional<Encounter> load(long id);

    /**
     * Which store this is, the same in every session and different for every other store: a SQLite file's
     * real path, a clinic server's {@code postgresql://host:port/database}. A recovery copy names it, so an
     * encounter of the same id, date and clinician in another store is never taken for its own.
     */
    String identity();

    /** Encounters matching the text (label, date or leading hypothesis; empty matches all), newest first. */
    List<Row> list(String text, int limit);

    /** The encounter edited last, if it is still open. */
    Optional<Long> lastOpen();

    void close(long encounterId);

    List<AuditEntry> audit(long encounterId);

    /**
     * {@code clinician} examined {@code finding} again in this encounter and found it as stored (a follow-up's
     * finding carried over from the last visit, confirmed today): one audit row from the stored value to the same
     * value, so the finding reads as this visit's once the encounter is opened again. Nothing when the encounter
     * holds no value for it, or this store has not seen it stored for this clinician. Only the value this clinician's
     * window last read or wrote is confirmed: when a colleague has changed it since, nothing is written in this
     * clinician's name and a {@link SaveConflict} names the finding, the stored value and who set it (its
     * {@code yours} may be null: a store that keeps versions, not values, does not know it). A store that keeps no
     * such row does nothing.
     */
    default void confirm(long encounterId, String clinician, String finding) {
    }

    /** Queues the record of what was done about a red flag; completes once it is stored. */
    default CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician) {
        return acknowledge(encounterId, flag, action, clinician, null);
    }

    /**
     * As above, once per {@code actionKey} (chosen by the caller, sent again unchanged on a retry): an
     * action already stored with that key is not stored again. A null key: no such check.
     */
    default CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician, String actionKey) {
        return acknowledge(encounterId, flag, action, clinician, actionKey, null);
    }

    /**
     * As above, for an action the clinician recorded at {@code recordedAt} (an ISO-8601 instant; null: now),
     * which may be some time before it reaches the store (a retry, or a copy sent again after a restart):
     * it is read back with that time. A time that is not an instant is refused. A SQLite file also refuses a time
     * ahead of its clock (its one clock both recorded and stores the action); a clinic server never refuses an
     * action over the time: it takes the time from its own clock, less how long before sending this computer's
     * clock says the action was recorded (clinic migration 009). The action is stored with no urgency (see below).
     */
    default CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician, String actionKey,
                                                String recordedAt) {
        return acknowledge(encounterId, flag, action, clinician, actionKey, recordedAt, null);
    }

    /**
     * As above, with the urgency the flag stood at when the action was recorded ({@code emergency}, {@code urgent} or
     * {@code soon}; null when not known): the list counts an action only for its flag at that urgency or a lower one,
     * so an action taken while a flag was urgent never stands for one once it is an emergency. Any other urgency is
     * refused.
     */
    CompletableFuture<Void> acknowledge(long encounterId, String flag, String action, String clinician, String actionKey,
                                        String recordedAt, String urgency);

    /** The instant a caller says an action was recorded, or null for none; anything else is a {@link StoreException}. */
    static java.time.Instant recordedAt(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new StoreException("red-flag action recorded at: expected an ISO-8601 instant, found \"" + text + "\"");
        }
    }

    List<Acknowledgement> acknowledgements(long encounterId);

    int count();

    /** A caller's create, import or action key is one line of 1 to 100 characters, or null for none (both stores). */
    static void checkKey(String what, String key) {
        if (key != null && (key.isEmpty() || key.length() > 100 || key.chars().anyMatch(Character::isISOControl))) {
            throw new StoreException(what + ": must be 1 to 100 characters on one line");
        }
    }
}
