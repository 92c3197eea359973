package org.exampath.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.store.Encounters;
import org.exampath.store.ImportKey;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;

/**
 * The autosave's writes, on its queue thread only: which encounter the exam shown is stored into, and storing each
 * snapshot queued (making its encounter first when it has none), or keeping it for a retry and a recovery copy when
 * the store fails, or keeping a colleague's values where the store refused this clinician's (see {@link Autosave}).
 */
final class EncounterWrites {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What a write does to the window (the autosave's own steps and state). */
    interface Window {
        /** The generation of the exam shown on the JavaFX thread: it changes whenever another exam is shown. */
        long generation();

        /** On the JavaFX thread: the exam shown was stored as encounter {@code id}. */
        void made(long id);

        /** On the JavaFX thread: the exam file shown was found already stored, as encounter {@code id}. */
        void foundStored(long id);
    }

    private final Encounters store;
    private final ExamSession session;
    private final StatusLine statusLine;
    private final HeldConflicts conflicts;
    private final KnownEncounters known;
    private final SaveRetries<PendingSave> retries;
    private final HeldCopies held;
    private final RecoveryCopies recovery;
    private final Clock clock;
    private final Parts parts;
    private final Window window;
    /** The generation of the exam shown, as the queue knows it. */
    private long generation;
    /** The encounter the exam shown is stored into, null until it is made. */
    private Long writerId;
    /** The exams whose latest change waits for its retry, and whether each has a copy on disk (read by the window). */
    private final UnsavedChanges unsaved = new UnsavedChanges();
    /** The generation of an exam file opened that was found already stored (its saves go onto it). */
    private long openedIntoStored = -1;

    /** The collaborators a write tells of what it stored: the red-flag actions, the moves and the note's signature. */
    record Parts(RedFlagActions actions, ShownMoves moves, ShownEncounter shownEncounter) {
    }

    EncounterWrites(Encounters store, ExamSession session, StatusLine statusLine, HeldConflicts conflicts, KnownEncounters known,
                    SaveRetries<PendingSave> retries, HeldCopies held, RecoveryCopies recovery, Clock clock, Parts parts,
                    Window window) {
        this.store = store;
        this.session = session;
        this.statusLine = statusLine;
        this.conflicts = conflicts;
        this.known = known;
        this.retries = retries;
        this.held = held;
        this.recovery = recovery;
        this.clock = clock;
        this.parts = parts;
        this.window = window;
    }

    /** The encounter the exam shown is stored into, null until it is made. */
    Long writerId() {
        return writerId;
    }

    /** The changes not stored yet and waiting for their retry (any thread may read it). */
    UnsavedChanges unsaved() {
        return unsaved;
    }

    /** Another exam is shown: {@code encounter} as stored, or null for one not stored yet. */
    void shown(Encounters.Encounter encounter) {
        generation++;
        writerId = encounter == null ? null : encounter.id();
        parts.moves().shown(generation, encounter == null ? null : encounter.patientLabel());
        known.remember(encounter);
        if (encounter != null) {
            known.stored(encounter.id(), encounter.exam());
        }
    }

    /**
     * Stores the snapshot, or keeps it for a retry and says so. A snapshot of an exam no longer shown (the user moved
     * on while its save was failing) still goes to its own encounter, never to the one now open.
     */
    void save(PendingSave p) {
        boolean current = p.generation() == generation;
        Long target = current ? writerId : p.encounter();
        retries.taken(p.generation());
        try {
            if (target == null) {
                Exam made = startingExam(p);
                Encounters.Imported created = create(p, made);
                target = created.id();
                made(p, target, made, created.already(), current);
            }
            stored(p, target, current);
        } catch (SaveConflict conflict) {
            theirsKept(p, target, conflict);
        } catch (StoreException e) {
            failed(p, target, e);
        }
    }

    /**
     * What an encounter is made with: a follow-up with the findings it carries over (not audited as this clinician's
     * entries); an exam file opened as its file stands (its findings credited to the clinician the file records, else to
     * no one named: ADR 8); any other exam empty, with the visit date its record gives (a recovery copy's), else today.
     * A follow-up's carried-over age is no new statement of the birth year: it is left out of the create, and the age
     * shown (carried forward, or put right) is stored by the save after it, in the name of who shows it.
     */
    private static Exam startingExam(PendingSave p) {
        return p.carried() != null ? StartingExams.withoutAge(p.carried()) : p.opened() != null ? p.opened() : Exam.empty()
                .withPatient(p.exam().patient()).withRecord(org.exampath.domain.ExamRecord.NONE.withDate(p.exam().record().date()));
    }

    /** Makes the encounter: an exam file opened is found, not stored twice, when it was stored before. */
    private Encounters.Imported create(PendingSave p, Exam made) {
        if (p.opened() != null) {
            // keyed by its content as `import` keys it: a file stored before (opened, or imported) is found, not stored twice
            return store.importAll(List.of(new Encounters.NewEncounter(p.label(), p.opened(), null,
                    null, ImportKey.of(p.label(), p.opened()))), "", session.knowledge().version()).get(0);
        }
        return new Encounters.Imported(store.create(p.label(), p.clinician(), made, session.knowledge().version(), p.previousId(),
                p.createKey()), false);
    }

    /** The encounter {@code target} was made (or found already stored) for the snapshot: what is known of it is noted. */
    private void made(PendingSave p, long target, Exam made, boolean already, boolean current) {
        if (already) {
            // the encounter as stored (changed since, maybe): what was changed here since the file is put onto it
            made = store.load(target).orElseThrow(() -> new StoreException("no encounter " + target)).exam();
            openedIntoStored = p.generation();
            statusLine.onFx(() -> {
                if (p.generation() == window.generation()) {
                    window.foundStored(target);
                }
            });
        }
        if (current) {
            writerId = target;
            statusLine.onFx(() -> window.made(target));
        }
        known.stored(target, made);
        known.made(target, p.createKey());
        known.lookUp(target);
        // red-flag actions recorded while this exam had no encounter yet (its create failing) are stored now
        parts.actions().created(p.generation(), target);
    }

    /** Saves the snapshot into {@code target}, then tells the copies, the actions and the status line. */
    private void stored(PendingSave p, long target, boolean current) {
        Exam exam = conflicts.withoutHeld(p.exam(), known.lastStored(target));
        if (p.opened() != null && p.generation() == openedIntoStored && known.lastStored(target) != null) {
            exam = StartingExams.onto(known.lastStored(target), p.opened(), exam);
        }
        // the encounter list's summary is the store's own, of the exam it leaves stored (ADR 4)
        store.save(target, p.label(), exam, p.clinician());
        unsaved.stored(p.generation());
        known.stored(target, exam);
        known.lookUp(target);
        if (current) {
            parts.moves().after(p.generation(), p.label(), target);
        }
        if (recovery.files() != null && known.named(target) == null && known.madeWith(target) != null) {
            // still not named: a copy its red-flag actions are kept beside is written from this save
            held.stored(p.generation(), new HeldCopies.Stored(p.exam(), p.label(), known.madeWith(target), p.opened(), p.clinician()));
        } else {
            held.forget(p.generation());
        }
        // actions kept beside this exam's copy (its encounter not named) get their own copies before that copy goes, or,
        // while it is still not named, stay beside it, the copy kept for them
        recovery.done(p.generation(), p.copy(), !parts.actions().saved(p.generation(), target));
        String at = now();
        if (!current) {
            statusLine.report(retries.any(), "Saved " + at + " the earlier change to encounter " + target + " on retry.");
        } else if (p.labelProblem() != null) {
            statusLine.report(true, "Findings saved " + at + ", but NOT the patient label (" + p.labelProblem() + ").");
        } else {
            statusLine.report(retries.any(), "Saved " + at + " (encounter " + target + ")");
        }
    }

    /** The store failed: the snapshot waits for its retry, with a recovery copy on disk when copies are kept. */
    private void failed(PendingSave p, Long target, StoreException e) {
        PendingSave kept = target == null ? p : p.in(target);
        retries.hold(p.generation(), kept);
        held.forget(p.generation());
        boolean copied = recovery.files() != null && keepCopy(p, target);
        unsaved.held(p.generation(), copied);
        // "kept" says where: a copy on disk outlives the window, the screen alone does not (the same full disk may refuse both)
        statusLine.report(true, "NOT SAVED: " + e.getMessage() + ". Your entries are kept " + (copied
                ? "on screen and in a recovery copy on this computer" : "on screen only (no copy could be written to disk; "
                + "quitting now loses them)") + "; retrying every " + retries.millis() / 1000.0 + " s.");
        retries.schedule(kept.generation(), kept, this::save);
    }

    /** Keeps a recovery copy of the snapshot not stored, named by its encounter where the store named it; true when on disk. */
    private boolean keepCopy(PendingSave p, Long target) {
        RecoveryFiles.Kept named = target == null ? null : known.named(target);
        // an encounter made here whose name was never read back (the store went down straight after its create)
        // is kept as a new exam's copy, with the key it was made with: opening it finds that encounter, not a twin
        String key = target == null ? p.createKey() : named == null ? known.madeWith(target) : null;
        boolean asNew = named == null && key != null;
        // an encounter made here and not named keeps its exam as last stored beside the copy: opening the copy by its
        // key applies only what it changed from that, never undoing a value stored since
        Exam storedAs = asNew && target != null && p.opened() == null ? known.lastStored(target) : null;
        return recovery.keep(p.generation(), p.exam(), p.label(), key, named, asNew ? p.opened() : known.lastStored(target),
                p.clinician(), storedAs);
    }

    /**
     * A save stored all but the findings a colleague changed since this clinician last saw them. Their values stand and
     * are not retried over: the findings are shown in the conflict panel with both values and who set theirs, and the
     * screen shows their value where it still shows the one that was refused (its next save then finds the stored value
     * as wanted and takes its version, so a value entered after that is this clinician's deliberate change; a save queued
     * before still carries the refused value with the old version and is refused again, never written over theirs).
     */
    private void theirsKept(PendingSave p, long target, SaveConflict conflict) {
        unsaved.stored(p.generation());
        known.stored(target, HeldConflicts.withTheirs(p.exam(), conflict));
        // what this save stored is not p's exam as a whole: no copy is written from an earlier save for its actions;
        // actions still waiting beside this exam's copy (its encounter not named) keep that copy, as after any save. That
        // copy is then older than the store, but it keeps beside it the exam it was stored as, and opening it applies only
        // what it changed from that (none of this save's values, nor the colleague's, are put back)
        held.forget(p.generation());
        recovery.done(p.generation(), p.copy(), !parts.actions().saved(p.generation(), target));
        List<FindingConflict> found = new java.util.ArrayList<>(conflict.conflicts().stream().map(c -> CopyMerge.conflict(session.knowledge(),
                c.finding(), CopyMerge.decoded(c.theirs()), c.setBy(), CopyMerge.decoded(c.yours()))).toList());
        // the side, age, sex, plan and assessment refused: listed in the same panel, the clinician's held there until they choose
        List<FindingConflict> texts = HeldConflicts.entries(conflict);
        conflicts.hold(texts);
        boolean others = retries.any();
        String at = now();
        List<Encounters.AuditEntry> audit = ShownEncounter.auditNow(store, target);
        statusLine.onFx(() -> {
            if (p.generation() == window.generation()) {
                // the form now holds the colleague's value or text: the note names them from here, as when opened again
                parts.shownEncounter().refused(audit, conflict);
                conflicts.showRefused(conflict, found, texts);
            }
            // from here the form shows theirs (or the exam is no longer shown): what is typed on it is sent as typed
            conflicts.heldShown(texts.stream().map(FindingConflict::finding).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            statusLine.failed(others);
            statusLine.show(RefusalLines.saved(at, target, found, texts));
        });
    }

    /** The time of day a save is reported at. */
    private String now() {
        return LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME);
    }
}
