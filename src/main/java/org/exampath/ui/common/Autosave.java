package org.exampath.ui.common;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.FollowUp;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * Keeps the session's exam in the store: every change is queued and saved off the JavaFX thread, in
 * order, each in one transaction. A failed save is an error state, not a success: the change stays
 * in the session and is retried until it is stored. Only what the clinician entered is saved;
 * progression since the last visit is derived by the engine and never written as a finding.
 *
 * <p>This is the window's one door to saving, and so longer than most classes: each public method states its contract
 * and hands the work to a package-private part: {@link ShownExam} (the exam shown, and queueing its saves),
 * {@link EncounterWrites} and {@link Confirmations} (the store's writes, on the queue), {@link EncounterReads} and
 * {@link RecoveredOpening} (reads that put an encounter on screen), {@link RecoveryCopies}, {@link RedFlagActions},
 * {@link HeldConflicts}, {@link ShownEncounter}, {@link SaveQueue} and {@link SessionClinician}. It keeps only their wiring.
 */
public final class Autosave {
    private final ExamSession session;
    private final Encounters store;
    /** The name this session's writes carry. */
    private final SessionClinician clinician;
    private final FollowUp followUp;
    private final SaveQueue queue = new SaveQueue();
    private final StatusLine statusLine = new StatusLine(this);
    /** The conflict panel's rows (JavaFX thread) and the plan or assessment texts held back from saves (queue thread). */
    private final HeldConflicts conflicts;
    /** The stored encounter shown, who else changed it and its moves: what its note is signed from (JavaFX thread). */
    private final ShownEncounter shownEncounter;
    /** The exam shown, its generation and what its saves carry; puts another on screen (JavaFX thread). */
    private final ShownExam shown;
    /** Opens a recovery copy into the encounter it was kept for, or as a new exam. */
    private final RecoveredOpening opening;
    /** Reads a stored encounter (opened, followed up or resumed) off the JavaFX thread and shows it. */
    private final EncounterReads reads;
    /** On the queue thread: the encounters this session made or opened, and their exams as last stored. */
    private final KnownEncounters known;
    /** On the queue thread: the failed saves waiting for their retry. */
    private final SaveRetries<PendingSave> retries = new SaveRetries<>(queue.executor());
    private final RedFlagActions actions;
    /** On the queue thread: stores each change queued, or keeps it for its retry. */
    private final EncounterWrites writes;
    /** On the queue thread: findings confirmed as they stand. */
    private final Confirmations confirmations;
    /** The recovery copies kept (none until {@link #keepRecoveryIn}) and the notice of those an earlier session left. */
    private final RecoveryCopies recovery;

    public Autosave(ExamSession session, Encounters store, String clinician, Clock clock) {
        this.session = session;
        this.store = store;
        this.clinician = new SessionClinician(clinician);
        this.followUp = new FollowUp(session.knowledge());
        this.conflicts = new HeldConflicts(session, queue.executor());
        this.recovery = new RecoveryCopies(store, this.clinician::get, statusLine);
        this.shownEncounter = new ShownEncounter(session, this.clinician::get);
        ShownMoves moves = new ShownMoves(store, statusLine, shownEncounter, this::shownGeneration);
        this.known = new KnownEncounters(store, () -> recovery.files() != null);
        HeldCopies held = new HeldCopies(recovery::files, recovery::storeIdentity);
        this.actions = new RedFlagActions(store, this.clinician::get, clock, queue.executor(), this::writerOnQueue,
                text -> statusLine.report(true, text), () -> retries.millis(), recovery::actions, id -> {
                    known.lookUp(id);
                    return known.named(id);
                }, id -> known.madeWith(id) != null, held, text -> statusLine.report(retries.any(), text));
        this.writes = new EncounterWrites(store, session, statusLine, conflicts, known, retries, held, recovery, clock,
                new EncounterWrites.Parts(actions, moves, shownEncounter), new EncounterWrites.Window() {
                    @Override
                    public long generation() {
                        return shownGeneration();
                    }

                    @Override
                    public void made(long id) {
                        shownMade(id);
                    }

                    @Override
                    public void foundStored(long id) {
                        openStored(id);
                    }
                });
        this.shown = new ShownExam(this, session, statusLine, queue, writes, actions, conflicts, shownEncounter, recovery,
                this.clinician::get);
        this.reads = new EncounterReads(store, session, statusLine, recovery, followUp, clock, queue::tried, shown);
        this.opening = new RecoveredOpening(store, session, statusLine, conflicts, recovery, this.clinician::get, queue::tried,
                shown);
        this.confirmations = new Confirmations(store, known, statusLine, conflicts, shownEncounter, writes::writerId,
                shown::generation);
        session.examProperty().addListener((obs, old, now) -> shown.changed());
        session.patientLabelProperty().addListener((obs, old, now) -> shown.changed());
    }

    /** The generation of the exam shown (JavaFX thread). */
    private long shownGeneration() {
        return shown.generation();
    }

    /** The exam shown was stored as encounter {@code id} (JavaFX thread). */
    private void shownMade(long id) {
        shown.made(id);
    }

    /** Shows the encounter an exam file just opened was found stored as (JavaFX thread). */
    private void openStored(long id) {
        reads.openStored(id);
    }

    /** On the queue thread: the encounter the exam shown is stored into, null until it is made. */
    private Long writerOnQueue() {
        return writes.writerId();
    }

    /** Tests without the toolkit run status updates in place. */
    public void runStatusUpdatesWith(Consumer<Runnable> runner) {
        statusLine.runWith(runner);
    }

    public ReadOnlyObjectProperty<Long> encounterIdProperty() {
        return shown.idProperty();
    }

    /** The last visit's exam while a follow-up is open, else null. */
    public ReadOnlyObjectProperty<Exam> previousProperty() {
        return session.previousProperty();
    }

    /**
     * The exam of the visit before the last one while a follow-up of a follow-up is shown, else null: the flags
     * the last visit raised by progression (a deficit grown worse) are judged against it.
     */
    public Exam beforeLastVisit() {
        return shown.beforeLastVisit();
    }

    /** The knowledge the session's exams are assessed with (the encounter list names flags and hypotheses by it). */
    public org.exampath.knowledge.KnowledgeBase knowledge() {
        return session.knowledge();
    }

    /** The red-flag actions recorded at the last visit (read with it, off the JavaFX thread); empty without one. */
    public List<Encounters.Acknowledgement> earlierAcknowledgements() {
        return shown.earlierActions();
    }

    public ReadOnlyStringProperty statusProperty() {
        return statusLine.textProperty();
    }

    /**
     * The findings of the exam shown that a colleague changed while this clinician's change of them was not
     * stored (found when a save is refused for them, or a recovery copy is opened into its encounter): their values were kept, this
     * clinician's not written. Empty when there are none; cleared when another exam is shown or they are dismissed;
     * a later refusal adds its findings (replacing a row for the same finding), never drops rows not yet dismissed.
     */
    public javafx.collections.ObservableList<FindingConflict> conflicts() {
        return conflicts.shown();
    }

    /** The clinician has read the conflicts shown (JavaFX thread). */
    public void dismissConflicts() {
        conflicts.rows().clear();
    }

    /**
     * The plan or assessment in the form, when it is not the colleague's text the panel put there for {@code conflict}:
     * the clinician typed on it since (stored as their change); empty when it is theirs as put, or for a finding (JavaFX thread).
     */
    public Optional<String> typedSince(FindingConflict conflict) {
        return conflicts.typedSince(conflict);
    }

    /**
     * The clinician uses their own plan, assessment, side, age or sex a colleague changed: it goes into the exam shown and is
     * saved as their deliberate change over the colleague's, and the row leaves the list (JavaFX thread). A text they typed
     * in the form since ({@link #typedSince}) is kept, with their held text after it, when {@code afterTyped}; else it is
     * replaced (the window asks them first: it is stored, so the record's history keeps it).
     */
    public void useMine(FindingConflict conflict, boolean afterTyped) {
        if (conflicts.useMine(conflict, afterTyped)) {
            shown.changed();
        }
    }

    /**
     * The clinician accepts the colleague's value of {@code conflict}: it leaves the list and nothing of theirs is
     * recorded; the form is saved as it stands (what they typed on the colleague's text is their change) (JavaFX thread).
     */
    public void keepTheirs(FindingConflict conflict) {
        if (conflicts.keepTheirs(conflict)) {
            shown.changed();
        }
    }

    /** A red-flag action is not stored yet: on its way, or failed and waiting for its retry. */
    public boolean actionsUnsaved() {
        return actions.anyUnsaved();
    }

    /** Every red-flag action not stored yet has a recovery copy on disk, sent again when its encounter is next opened. */
    public boolean actionsKeptOnDisk() {
        return actions.allUnsavedOnDisk();
    }

    /** A change to an exam failed to save and waits for its retry: quitting now would drop that retry. */
    public boolean examUnsaved() {
        return writes.unsaved().any();
    }

    /** The only change waiting for its retry, if any, is of the exam shown, so an exam file saved from the form holds it. */
    public boolean unsavedOnlyShown() {
        return writes.unsaved().onlyOf(shown.generation());
    }

    /** Every change waiting for its retry has a recovery copy on disk, offered again at the next start. */
    public boolean examKeptOnDisk() {
        return writes.unsaved().allOnDisk();
    }

    /** True while the latest change is not stored (a failed save waiting for its retry, or a label that breaks the rule). */
    public ReadOnlyBooleanProperty failedProperty() {
        return statusLine.failedProperty();
    }

    public Encounters store() {
        return store;
    }

    /**
     * The clinician chose a finding's answer again, the same as it stands (a follow-up's finding carried over,
     * examined today): once the exam shown is stored (a follow-up not yet saved is made now), the store records that
     * they confirmed it, so it is this visit's finding when the encounter is opened again. A value a colleague changed
     * since this window last read it is not confirmed (both stores refuse it): it is shown as any save's conflict is,
     * their value in the form and in the panel under the steps (see {@link Confirmations}). Any other refusal is
     * dropped (the finding keeps its value; only its mark may come back).
     */
    public void confirm(String finding) {
        FindingValue value = session.exam().value(finding);
        if (shown.loading() || value == null) {
            return;
        }
        shown.changed();
        String who = clinician.get();
        long generation = shown.generation();
        queue.execute(() -> confirmations.confirm(generation, who, finding, value));
    }

    /**
     * Keeps a local copy of every change and red-flag action the store has not taken yet in {@code files},
     * removed once it is stored; copies an earlier session left are reported on the status line (an
     * action's copy is sent again when its encounter is opened, if this clinician entered it). The folder is
     * read on the autosave queue, never on the JavaFX thread, ahead of every save (so the notice comes
     * before any save's line, and {@link #flush} waits for it); {@link #resume} shows its line after it.
     */
    public void keepRecoveryIn(RecoveryFiles files) {
        recovery.keepIn(files, queue.executor());
    }

    /**
     * {@code keptFor}, the store a leftover recovery copy names ({@link RecoveryFiles.Origin#store}, null for
     * none), when it is another than this one; else empty. This store's identity is the one read when copies
     * began to be kept.
     */
    public Optional<String> anotherStore(String keptFor) {
        return recovery.anotherStore(keptFor);
    }

    /** Tests shorten the wait between retries of a failed save. */
    public void retryEvery(java.time.Duration wait) {
        retries.every(wait);
    }

    /** Puts a warning from the store (an unclean stop that lost its -wal, say) on the status line as an error. */
    public void warn(String text) {
        // a later start-up warning (the database's own) never hides the notice of copies still waiting (recounted
        // on the queue whenever a leftover copy is stored)
        statusLine.report(true, recovery.withLeftoverNotice("WARNING: " + text));
    }

    /**
     * Shows a stored encounter exactly as it was left. The store is read off the JavaFX thread, once the
     * saves queued so far are tried (the encounter's own last entry may be among them), and the encounter
     * shown when it arrives; the future completes once it is on screen.
     */
    public CompletableFuture<Void> load(long id) {
        return reads.load(id);
    }

    /**
     * A follow-up for the same patient: last visit's findings carried over, the red-flag screen to ask again.
     * A follow-up of the encounter shown starts from it as the clinician left it (findings, label and actions
     * in memory), since its last entries may still be on their way to the store; any other from the store.
     */
    public CompletableFuture<Void> followUp(long previousId) {
        return reads.followUp(previousId);
    }

    public void startNew() {
        shown.startNew();
    }

    /** The clinician whose name this session's saves and audit carry (from now on). */
    public String clinician() {
        return clinician.get();
    }

    /**
     * The store names every write by its login (a clinic server), not by Settings: a change of name in Settings
     * changes no write's name. Call before the window is shown.
     */
    public void namedByLogin() {
        clinician.namedByLogin();
    }

    /**
     * The clinician's name was changed in Settings (JavaFX thread): what is entered from now on is stored and
     * audited in {@code name}, as the note is signed (a change already queued keeps the name it was entered
     * under). A stored encounter shown is read again (unless a save is failing), so what the earlier name entered is
     * signed as theirs and only what is entered from now on as {@code name}'s. Nothing changes on a store named by its login.
     */
    public void renamed(String name) {
        if (!clinician.renamed(name)) {
            return;
        }
        Long id = shown.shownId();
        // not while a save is failing: the store does not yet hold what was entered, and the screen keeps it
        if (id != null && !failedProperty().get()) {
            load(id);
        }
    }

    /**
     * A new exam, opened from a recovery copy kept with {@code createKey}: its create is sent with that
     * key, so an encounter whose create committed before the answer was lost gets this exam, not a twin.
     */
    public void startNewWithCreateKey(String createKey) {
        startNew();
        shown.createWith(createKey);
    }

    /**
     * Opens a recovery copy kept for the encounter {@code kept}. When this store holds that encounter (the
     * same id, date and clinician) it is shown and the copy's exam put in its place, so the restored
     * findings are saved into it by the normal save (per-finding versions, the audit in this clinician's
     * name); otherwise the copy becomes a new exam. With {@code base}, the encounter as it was stored when
     * the copy's changes were made, only the findings and entries (side, age, sex, assessment, plan) the copy
     * changed from it are applied, and one someone else changed meanwhile keeps their value (named on the status
     * line, a finding or text also in the conflict panel), so nothing newer is overwritten silently; without it the
     * copy's exam is applied as it is. The store is read off the JavaFX thread;
     * the future completes once the exam is on screen, with a line saying what was done.
     */
    public CompletableFuture<String> openRecovered(RecoveryFiles.Kept kept, Exam exam, String label, Exam base,
                                                   java.nio.file.Path copy) {
        return opening.openRecovered(kept, exam, label, base, copy);
    }

    /**
     * Opens a recovery copy kept with {@code createKey} for an encounter this session made and stored into but never named,
     * with {@code storedAs}, that encounter's exam as the session last knew it stored. The encounter is found by its key (or,
     * when this store has none made with it, made now, as the copy's first save would) and shown, and the copy put onto it
     * as it is stored now: only what the copy changed from {@code storedAs} is applied, and a value someone else stored since
     * over one the copy changed too stays, listed in the conflict panel (the side, age or sex on the status line). So a copy
     * older than the store (kept for a red-flag action beside it) never puts an older value back in this clinician's name.
     * The red-flag actions kept beside the copy are recorded again and stored in that encounter. The store is read off
     * the JavaFX thread; the future completes once the exam is on screen, with a line saying what was done.
     */
    public CompletableFuture<String> openRecoveredByKey(String createKey, Exam exam, String label, Exam storedAs,
                                                        java.nio.file.Path copy) {
        return opening.openRecoveredByKey(createKey, exam, label, storedAs, copy);
    }

    /**
     * The exam shown was opened from the leftover recovery copy {@code copy} (call it just before the
     * copy's exam is put on screen): once a save of it goes through, the copy is removed from the folder. The
     * red-flag actions kept beside it ({@link ActionCopies#waitingBeside}) are recorded again for this exam, as
     * they were entered, and stored once its encounter is made.
     */
    public void openedFromCopy(java.nio.file.Path copy) {
        shown.openedFromCopy(copy);
    }

    /**
     * Picks up where the last session left off, if an encounter is still open (read off the JavaFX thread),
     * once the start-up notice of leftover copies is read, so the two lines come in the same order every time.
     * An exam shown meanwhile (a file opened at start, an encounter from the list) stays: the resume is dropped,
     * so the old encounter is never put over it and nothing entered for it goes into the old one.
     */
    public CompletableFuture<Void> resume() {
        return reads.resume();
    }

    /**
     * The date the encounter shown was stored with (an earlier visit opened from the list keeps its own),
     * or null for a new exam, which is dated today (JavaFX thread).
     */
    public String visitDate() {
        return shownEncounter.asStored() == null ? null : shownEncounter.asStored().date();
    }

    /**
     * The stored encounter shown as it was read from the store (its exam as loaded, and who examined it in its
     * {@code recorded}), or null for a new exam or a follow-up started here (JavaFX thread). What the note names
     * as its clinician is worked out from it (someone else's encounter is signed as theirs).
     */
    public Encounters.Encounter shownAsStored() {
        return shownEncounter.asStored();
    }

    /**
     * Who besides its examiner changed the encounter shown (a session before a restart, a colleague), as the store's
     * audit names them: read when it was shown, and again whenever a save or confirmation is refused for a colleague's
     * change, whose value or text the exam shown then holds (a new exam made here included); else empty (JavaFX thread).
     */
    public List<String> shownChangedBy() {
        return shownEncounter.changedBy();
    }

    /**
     * The stored encounter's moves from another patient before it was shown, as its audit words them ("Moved from
     * patient P-1 to P-2 by anna at …"); empty for a new exam (JavaFX thread).
     */
    public List<String> shownMoves() {
        return shownEncounter.moves();
    }

    /** What changed since the last visit (empty unless a follow-up is open). */
    public List<FollowUp.Change> changesSinceLastVisit() {
        Exam last = session.previousProperty().get();
        return last == null ? List.of() : followUp.changes(last, session.exam());
    }

    /**
     * Records the action taken for a red flag against this encounter, with the urgency the flag stands at now, in order
     * after the saves
     * queued before it (an exam with nothing saved yet is saved first; an action recorded while that first save
     * is failing waits in memory and is stored with the encounter once it is made). Never waits.
     */
    public void acknowledge(String flag, String action) {
        boolean made = shown.shownId() != null;
        if (!made) {
            made = shown.changed();
        }
        actions.record(shown.generation(), flag, standingAt(flag), action, made);
    }

    /**
     * The urgency the flag stands at in the exam shown ("urgent"), which its action is recorded at, so the list counts
     * the action only for the flag at that urgency or a lower one; null when it is not raised.
     */
    private String standingAt(String flag) {
        return session.assessment().redFlags().stream().filter(f -> f.id().equals(flag) && !f.noted())
                .map(f -> f.level().key()).findFirst().orElse(null);
    }

    /** The red-flag actions of the exam shown: those stored, then those on their way (from memory, no store read). */
    public List<Encounters.Acknowledgement> acknowledgements() {
        return actions.list();
    }

    /**
     * Restores the rolling backup on the queue, after every save before it, then shows where the
     * restored store left off. The JavaFX thread does not wait; the status line says how it went.
     */
    public void restore(Runnable restoreBackup) {
        queue.execute(() -> {
            try {
                restoreBackup.run();
                statusLine.onFx(() -> {
                    startNew();
                    resume().thenRun(() -> {
                        statusLine.failed(false);
                        statusLine.show("Restored the last backup; the audit written since it was kept.");
                    });
                });
            } catch (StoreException e) {
                statusLine.report(true, "The backup was NOT restored: " + e.getMessage());
            }
        });
    }

    /** Runs store work (the start-up backup) on the queue, in order with the saves. */
    public void runInBackground(Runnable work) {
        queue.execute(() -> {
            try {
                work.run();
            } catch (StoreException e) {
                statusLine.report(false, "Backup not written: " + e.getMessage());
            }
        });
    }

    /** Waits until every change so far has been tried (for tests and shutdown; never on the JavaFX thread). */
    public void flush() {
        queue.flush();
    }

    public void shutdown() {
        queue.shutdown();
    }
}
