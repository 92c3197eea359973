package org.exampath.ui.common;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final List<Encounters.Acknowledgement> unsaved = new CopyOnWriteArrayList<>();

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

    void record(String flag, String action) {
        Encounters.Acknowledgement entry = new Encounters.Acknowledgement(flag, action.strip(), clock.instant().toString(),
                clinician);
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

    private void write(Encounters.Acknowledgement entry, long id) {
        store.acknowledge(id, entry.flag(), entry.action(), clinician).whenComplete((ok, e) -> {
            if (e == null) {
                unsaved.remove(entry);
            } else {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                error.accept("Red-flag action NOT SAVED: " + cause.getMessage() + ". It is kept and retried.");
                queue.schedule(() -> write(entry, id), retryMillis.getAsLong(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Stored actions of the encounter, then those not yet stored. */
    List<Encounters.Acknowledgement> list(Long encounterId) {
        List<Encounters.Acknowledgement> out = new ArrayList<>(encounterId == null ? List.of() : store.acknowledgements(encounterId));
        for (Encounters.Acknowledgement pending : unsaved) {
            boolean stored = out.stream().anyMatch(a -> a.flag().equals(pending.flag()) && a.action().equals(pending.action())
                    && a.at().compareTo(pending.at()) >= 0);
            if (!stored) {
                out.add(pending);
            }
        }
        return out;
    }
}
