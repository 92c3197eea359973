package org.exampath.ui.common;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.exampath.store.Encounters;

/**
 * Red-flag actions on their way to the store. Each is queued on the autosave queue behind the saves
 * before it and written by the store's one writer; until it is stored it is listed from memory, and
 * a failed write is reported as an error and retried against the encounter it was recorded for. With
 * recovery copies kept, each action is also on disk from before its first try until it is stored, and
 * the copies an earlier session left for an encounter are sent again, under their own keys, when it is shown.
 * An action for an encounter this session made but could not name (the store stopped answering straight after
 * its create) is kept beside the exam's copy instead, as one recorded before the create is: that copy opens into
 * the encounter by its create key and records the action again. The copy stays for it while the name cannot be
 * read, even when the exam's own saves go through meanwhile ({@link BesideCopy}).
 */
final class RedFlagActions {
    private final Encounters store;
    /** The name an action is recorded under: the session's at the time it is recorded. */
    private final Supplier<String> clinician;
    private final Clock clock;
    private final ScheduledExecutorService queue;
    private final Supplier<Long> encounterOnQueue;
    private final Consumer<String> error;
    private final LongSupplier retryMillis;
    private final Supplier<ActionCopies> copies;
    private final LongFunction<RecoveryFiles.Kept> keptOnQueue;
    private final java.util.function.LongPredicate madeHere;
    private final BesideCopy beside;
    private final Consumer<String> notice;
    private final List<Pending> unsaved = new CopyOnWriteArrayList<>();
    /** The keys of the actions not stored yet that have a copy on disk. */
    private final java.util.Set<String> onDisk = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile long generation;
    /** On the queue thread: actions recorded for a new exam whose first save (its create) has not gone through yet. */
    private final List<Pending> awaitingCreate = new ArrayList<>();
    /** Actions for an encounter this session made whose name is not known, kept beside its exam's copy until stored or named. */
    private final List<Unnamed> unnamed = new CopyOnWriteArrayList<>();
    private volatile List<Encounters.Acknowledgement> stored = List.of();

    /**
     * An action on its way, with the exam shown (its generation) it was recorded for and the key every
     * try of it is sent with (one action stored once, even when a stored one's answer was lost); {@code left}
     * is the copy an earlier session left of it, else null.
     */
    private record Pending(long generation, Encounters.Acknowledgement action, String key, ActionCopies.Copy left) {
    }

    /** An action on its way to encounter {@code id}, made here but not named, so kept beside its exam's copy. */
    private record Unnamed(Pending entry, long id) {
    }

    /** On the queue thread: the exam copy that actions of an encounter made here but not named are kept beside. */
    interface BesideCopy {
        /**
         * Makes sure the copy of the exam of generation {@code g} is on disk (written as that exam was last stored, when
         * its saves went through); false when there is none.
         */
        boolean hold(long g);

        /** No action waits beside the copy of generation {@code g} any more: a copy kept for them alone goes. */
        void released(long g);
    }

    /**
     * {@code copies} gives the recovery copies (null: none kept); {@code keptOnQueue}, on the queue thread,
     * how the store names an encounter (null when not known: the action is then kept in memory only, or beside
     * the exam's copy when {@code madeHere} says this session made that encounter, its copy kept with its create key,
     * {@code beside} keeping that copy on disk); {@code notice} takes a line for the status line that is not an error.
     */
    RedFlagActions(Encounters store, Supplier<String> clinician, Clock clock, ScheduledExecutorService queue, Supplier<Long> encounterOnQueue,
                   Consumer<String> error, LongSupplier retryMillis, Supplier<ActionCopies> copies,
                   LongFunction<RecoveryFiles.Kept> keptOnQueue, java.util.function.LongPredicate madeHere, BesideCopy beside,
                   Consumer<String> notice) {
        this.store = store;
        this.clinician = clinician;
        this.clock = clock;
        this.queue = queue;
        this.encounterOnQueue = encounterOnQueue;
        this.error = error;
        this.retryMillis = retryMillis;
        this.copies = copies;
        this.keptOnQueue = keptOnQueue;
        this.madeHere = madeHere;
        this.beside = beside;
        this.notice = notice;
    }

    /** A new exam is shown, with the actions already stored for it (read off the JavaFX thread). */
    void shown(long shownGeneration, List<Encounters.Acknowledgement> alreadyStored) {
        generation = shownGeneration;
        stored = List.copyOf(alreadyStored);
    }

    /**
     * Records an action for the exam shown (generation {@code recordedFor}) at the urgency its flag stands at
     * ({@code urgency}, null when not known). {@code createQueued}: the exam has an
     * encounter, or its create is on its way; an action recorded before that exam is stored (its first save failing,
     * say) then waits in memory and is stored with it, once the create goes through ({@link #created}).
     */
    void record(long recordedFor, String flag, String urgency, String action, boolean createQueued) {
        arrived(new Pending(recordedFor, new Encounters.Acknowledgement(flag, action.strip(), clock.instant().toString(),
                clinician.get(), urgency), UUID.randomUUID().toString(), null), createQueued, true);
    }

    /**
     * The new exam shown (generation {@code recordedFor}, its create queued) was opened from a copy that kept
     * {@code waiting}, actions recorded for it in an earlier session before its encounter was made: each is recorded
     * again as it was (its time, who recorded it, its key, so one stored before its answer was lost is not stored
     * twice) and stored with the encounter once it is made.
     */
    void recordKept(long recordedFor, List<ActionCopies.Waiting> waiting) {
        for (ActionCopies.Waiting w : waiting) {
            if (unsaved.stream().noneMatch(p -> p.key().equals(w.key()))) {
                arrived(new Pending(recordedFor, w.action(), w.key(), null), true, false);
            }
        }
    }

    /** {@code say}: whether an action waiting for its exam's create is named on the status line (not one restored). */
    private void arrived(Pending entry, boolean createQueued, boolean say) {
        unsaved.add(entry);
        queue.execute(() -> {
            Long id = encounterOnQueue.get();
            if (id == null && !createQueued) {
                unsaved.remove(entry);
                error.accept("The red-flag action was not recorded: record a finding first.");
            } else if (id == null) {
                awaitingCreate.add(entry);
                boolean copied = keepWaiting(entry.generation());
                if (say) {
                    error.accept("Red-flag action NOT SAVED yet: it is kept" + (copied ? " (with this exam's copy on this computer)" : "")
                            + " and stored with this exam once the exam is saved.");
                }
            } else {
                keepAndWrite(entry, id);
            }
        });
    }

    /**
     * On the queue thread: writes the actions waiting for the create of generation {@code g}, and those of the encounter
     * it made that is not named yet, beside that exam's copy (none: the file goes); true when each of them is now on disk.
     */
    private boolean keepWaiting(long g) {
        ActionCopies files = copies.get();
        List<Pending> waiting = new ArrayList<>(awaitingCreate.stream().filter(p -> p.generation() == g).toList());
        unnamed.stream().map(Unnamed::entry).filter(p -> p.generation() == g).forEach(waiting::add);
        if (files == null || !files.keepWaiting(g, waiting.stream().map(p -> new ActionCopies.Waiting(p.action(), p.key())).toList())) {
            return false;
        }
        waiting.forEach(p -> onDisk.add(p.key()));
        return true;
    }

    /**
     * On the queue thread: the exam of generation {@code recordedFor} was just made, as encounter {@code id}; the
     * actions recorded for it while it had none are stored now, each under its own key.
     */
    void created(long recordedFor, long id) {
        List<Pending> ready = awaitingCreate.stream().filter(p -> p.generation() == recordedFor).toList();
        awaitingCreate.removeAll(ready);
        for (Pending entry : ready) {
            keepAndWrite(entry, id);
        }
        if (!ready.isEmpty()) {
            keepWaiting(recordedFor); // each has its own copy now (or none): the one beside the exam's copy goes
        }
    }

    /** On the queue thread: copies the action to disk if copies are kept (before its first try), then writes it. */
    private void keepAndWrite(Pending entry, long id) {
        ActionCopies onDisk = copies.get();
        RecoveryFiles.Kept kept = onDisk == null ? null : keptOnQueue.apply(id);
        if (kept != null && onDisk.keep(entry.key(), kept, entry.action())) {
            this.onDisk.add(entry.key()); // before the first try: a crash during it loses nothing
        } else if (kept == null && onDisk != null && madeHere.test(id)) {
            // made here, its name never read back: beside the exam's copy, which opens into this encounter by its create key
            unnamed.add(new Unnamed(entry, id));
            if (!(beside.hold(entry.generation()) && keepWaiting(entry.generation()))) {
                this.onDisk.remove(entry.key());
            }
        } else {
            this.onDisk.remove(entry.key()); // a copy it had beside its exam's copy, before the encounter was made, goes
        }
        write(entry, id);
    }

    /**
     * On the queue thread: a save of the exam of generation {@code g} into encounter {@code id} went through. Each of
     * its actions kept beside that exam's copy gets its own copy if the encounter is named now (the exam's copy may
     * then go); while it is still not named they stay beside the exam's copy, which stays for them, written as the
     * exam was just stored. True in that case: the caller must not remove the exam's copy.
     */
    boolean saved(long g, long id) {
        List<Unnamed> ready = unnamed.stream().filter(u -> u.id() == id && u.entry().generation() == g).toList();
        if (ready.isEmpty()) {
            return false;
        }
        ActionCopies files = copies.get();
        RecoveryFiles.Kept kept = files == null ? null : keptOnQueue.apply(id);
        if (kept == null && files != null) {
            boolean onFile = beside.hold(g) && keepWaiting(g);
            for (Unnamed u : ready) {
                if (!onFile) {
                    onDisk.remove(u.entry().key());
                }
            }
            return true;
        }
        unnamed.removeAll(ready);
        for (Unnamed u : ready) {
            if (kept != null && files.keep(u.entry().key(), kept, u.entry().action())) {
                onDisk.add(u.entry().key());
            } else {
                onDisk.remove(u.entry().key());
            }
        }
        return false;
    }

    /**
     * The exam shown (generation {@code shownGeneration}) is the encounter {@code id}, for which an earlier
     * session left {@code left}, actions this clinician entered and the store never confirmed: each is listed
     * at once and sent again with its own key (stored once, even if its first try committed), its copy removed
     * once stored. Copies already on their way are skipped. Returns how many were sent again.
     */
    int resend(long shownGeneration, long id, List<ActionCopies.Copy> left) {
        int sent = 0;
        for (ActionCopies.Copy copy : left) {
            if (!copy.action().clinician().equals(clinician.get()) || unsaved.stream().anyMatch(p -> p.key().equals(copy.key()))) {
                continue;
            }
            Pending entry = new Pending(shownGeneration, copy.action(), copy.key(), copy);
            onDisk.add(copy.key());
            unsaved.add(entry);
            queue.execute(() -> write(entry, id));
            sent++;
        }
        return sent;
    }

    private void write(Pending entry, long id) {
        Encounters.Acknowledgement a = entry.action();
        store.acknowledge(id, a.flag(), a.action(), a.clinician(), entry.key(), a.at(), a.urgency()).whenComplete((ok, e) -> {
            if (e == null && entry.left() != null) {
                stored(entry, id);
            } else if (e == null) {
                ActionCopies copied = copies.get();
                if (copied != null) {
                    copied.done(entry.key());
                }
                onDisk.remove(entry.key());
                unnamed.stream().filter(u -> u.entry() == entry).findFirst().ifPresent(u -> queue.execute(() -> {
                    // stored: it leaves the file beside its exam's copy (which goes when none is left)
                    if (unnamed.remove(u)) {
                        keepWaiting(entry.generation());
                        long g = entry.generation();
                        if (unnamed.stream().noneMatch(w -> w.entry().generation() == g)
                                && awaitingCreate.stream().noneMatch(w -> w.generation() == g)) {
                            beside.released(g);
                        }
                    }
                }));
                if (entry.generation() == generation) {
                    List<Encounters.Acknowledgement> now = new ArrayList<>(stored);
                    now.add(a);
                    stored = List.copyOf(now);
                }
                unsaved.remove(entry);
            } else {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                error.accept("Red-flag action NOT SAVED: " + cause.getMessage() + ". It is kept and retried.");
                queue.schedule(() -> write(entry, id), retryMillis.getAsLong(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /**
     * An earlier session's action is stored: its copy goes, the actions shown are read again (its first try
     * may have been stored already, so it is not added by hand), and the status line says so.
     */
    private void stored(Pending entry, long id) {
        ActionCopies copied = copies.get();
        if (copied != null) {
            copied.done(entry.left());
        }
        queue.execute(() -> {
            if (entry.generation() == generation) {
                try {
                    stored = List.copyOf(store.acknowledgements(id));
                } catch (RuntimeException unread) {
                    List<Encounters.Acknowledgement> now = new ArrayList<>(stored);
                    now.add(entry.action());
                    stored = List.copyOf(now);
                }
            }
            Encounters.Acknowledgement a = entry.action();
            notice.accept("Stored the red-flag action \"" + a.action() + "\" you recorded at " + org.exampath.text.Describe.minute(a.at())
                    + " for encounter " + id + " in an earlier session (it was kept on this computer until now).");
            unsaved.remove(entry);
            onDisk.remove(entry.key());
        });
    }

    /** Some action, of any exam, is not stored yet (on its way, or failed and waiting for its retry). */
    boolean anyUnsaved() {
        return !unsaved.isEmpty();
    }

    /** Every action not stored yet has a copy on disk (so it is sent again when its encounter is next opened). */
    boolean allUnsavedOnDisk() {
        return unsaved.stream().allMatch(p -> onDisk.contains(p.key()));
    }

    /** The actions of the exam shown: those stored, then those not yet stored. Reads memory only. */
    List<Encounters.Acknowledgement> list() {
        List<Encounters.Acknowledgement> out = new ArrayList<>(stored);
        long shown = generation;
        for (Pending p : unsaved) {
            if (p.generation() == shown && !out.contains(p.action())) {
                out.add(p.action());
            }
        }
        return out;
    }
}
