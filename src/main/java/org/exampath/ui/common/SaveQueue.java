package org.exampath.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.exampath.store.StoreException;

/**
 * The one autosave thread: every save, confirmation and other store work of the session runs on it, in the order it
 * was queued. Retries still waiting when it is shut down are dropped, not run: their recovery copies are already on disk
 * for the next start, and a retry run after shutdown would write to a closed store and rewrite a copy that may since
 * have been opened and removed.
 */
final class SaveQueue {
    private final ScheduledThreadPoolExecutor executor;

    SaveQueue() {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "exampath-autosave");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** The thread itself, for the parts that queue or schedule their own work on it. */
    ScheduledExecutorService executor() {
        return executor;
    }

    /** Queues {@code work} after everything queued so far. */
    void execute(Runnable work) {
        executor.execute(work);
    }

    /** Whether the queue was shut down (the store closed). */
    boolean isShutdown() {
        return executor.isShutdown();
    }

    /**
     * Done once every save queued so far has been tried (stored, or kept for its retry), so a read of the
     * store after it sees them; never waited for on the JavaFX thread.
     */
    CompletableFuture<Void> tried() {
        return executor.isShutdown() ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> { }, executor);
    }

    /** Waits until every change so far has been tried (for tests and shutdown; never on the JavaFX thread). */
    void flush() {
        try {
            executor.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StoreException("saving did not finish: " + e.getMessage(), e);
        }
    }

    /** Waits for every change so far, then stops the thread. */
    void shutdown() {
        flush();
        executor.shutdown();
    }
}
