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
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.exampath.store.Encounters;

/**
 * Red-flag actions on their way to the store. Each is queued on the autosave queue behind the saves
 * before it and written by the store's one writer; until it is stored it is listed from memory, and
 * a failed write is reported as an error and retried against the encounter it was recorded for.
 */
final class RedFlagActions {
    private final Encounters store;
    private final String clinician;
    private final Clock clock;
    private final ScheduledExecutorService queue;
    private final Supplier<Long> encounterOnQueue;
    private final Consumer<String> error;
    private final LongSupplier retryMillis;
    private final List<Pending> unsaved = new CopyOnWriteArrayList<>();
    private volatile long generation;
    private volatile List<Encounters.Acknowledgement> stored = List.of();

    /**
     * An action on its way, with the exam shown (its generation) it was recorded for and the key every
     * try of it is sent with (one action stored once, even when a stored one's answer was lost).
     */
    private record Pending(long generation, Encounters.Acknowledgement action, String key) {
    }

    RedFlagActions(Encounters store, String clinician, Clock clock, ScheduledExecutorService queue, Supplier<Long> encounterOnQueue,
                   Consumer<String> error, LongSupplier retryMillis) {
        this.store = store;
        this.clinician = clinician;
        this.clock = clock;
        this.queue = queue;
        this.encounterOnQueue = encounterOnQueue;
        this.error = error;
        this.retryMillis = retryMillis;
    }

    /** A new exam is shown, with the actions already stored for it (read off the JavaFX thread). */
    void shown(long shownGeneration, List<Encounters.Acknowledgement> alreadyStored) {
        generation = shownGeneration;
        stored = List.copyOf(alreadyStored);
    }

    void record(long recordedFor, String flag, String action) {
        Pending entry = new Pending(recordedFor, new Encounters.Acknowledgement(flag, action.strip(), clock.instant().toString(),
                clinician), UUID.randomUUID().toString());
        unsaved.add(entry);
        queue.execute(() -> {
            Long id = encounterOnQueue.get();
            if (id == null) {
                unsaved.remove(entry);
                error.accept("The red-flag action was not recorded: record a finding first.");
            } else {
                write(entry, id);
            }
        });
    }

    private void write(Pending entry, long id) {
        Encounters.Acknowledgement a = entry.action();
        store.acknowledge(id, a.flag(), a.action(), clinician, entry.key()).whenComplete((ok, e) -> {
            if (e == null) {
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

    /** Some action, of any exam, is not stored yet (on its way, or failed and waiting for its retry). */
    boolean anyUnsaved() {
        return !unsaved.isEmpty();
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
