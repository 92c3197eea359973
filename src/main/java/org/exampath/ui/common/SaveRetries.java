package org.exampath.ui.common;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * On the autosave queue thread only (no locking): the failed saves waiting for their retry, one per exam
 * shown (its generation), and how long a retry waits. A retry runs only if its save is still the one
 * waiting when its turn comes: not once that exam's save was tried again, or failed again and was replaced.
 */
final class SaveRetries<P> {
    private final ScheduledExecutorService queue;
    private final Map<Long, P> waiting = new HashMap<>();
    private long millis = 5000;

    SaveRetries(ScheduledExecutorService queue) {
        this.queue = queue;
    }

    /** Tests shorten the wait. */
    void every(Duration wait) {
        millis = wait.toMillis();
    }

    long millis() {
        return millis;
    }

    /** A save of exam {@code generation} is being tried: the one waiting for it, if any, waits no more. */
    void taken(long generation) {
        waiting.remove(generation);
    }

    /** Whether any save is waiting for its retry. */
    boolean any() {
        return !waiting.isEmpty();
    }

    /** Keeps {@code kept} as the save of exam {@code generation} waiting for its retry. */
    void hold(long generation, P kept) {
        waiting.put(generation, kept);
    }

    /** After the wait, on the queue, gives {@code kept} to {@code retry} if it is still the one waiting. */
    void schedule(long generation, P kept, Consumer<P> retry) {
        queue.schedule(() -> {
            if (waiting.get(generation) == kept) {
                retry.accept(kept);
            }
        }, millis, TimeUnit.MILLISECONDS);
    }
}
