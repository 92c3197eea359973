package org.exampath.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.exampath.store.StoreException;

/**
 * The one writer: a single thread owns the write connection and runs every write, one at a time,
 * each in its own {@code BEGIN IMMEDIATE} transaction. Two writes can never share a transaction,
 * whatever thread asked for them.
 */
final class StoreWriter implements AutoCloseable {
    private static final int BUSY_RETRIES = 5;

    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exampath-store-writer");
        t.setDaemon(true);
        return t;
    });

    StoreWriter(Connection connection) {
        this.connection = connection;
    }

    /** Queues the work as one transaction; the future completes when it is committed (or fails). */
    <T> CompletableFuture<T> submit(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> transaction(work), thread);
    }

    /** Runs the work as one transaction and waits for it (for callers that are not the JavaFX thread). */
    <T> T write(SqlWork<T> work) {
        return join(submit(work));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the store work was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException s ? new StoreException(s.getMessage(), s)
                    : new StoreException("the store failed: " + e.getCause(), e.getCause());
        }
    }

    /** Runs work on the writer thread outside any transaction (restore, checkpoints) and waits for it. */
    <T> T raw(SqlWork<T> work) {
        return join(CompletableFuture.supplyAsync(() -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StoreException(SqlFailure.describe(e), e);
            }
        }, thread));
    }

    private <T> T transaction(SqlWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    T result = work.run(connection);
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (SqlFailure.isBusy(e) && attempt < BUSY_RETRIES) {
                    continue;
                }
                throw new StoreException("the store could not save: " + SqlFailure.describe(e), e);
            }
        }
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite ends the transaction itself after some errors (a full disk): nothing is left to undo
        }
    }

    /** Closes the write connection once the thread has stopped. */
    void connectionClose() throws SQLException {
        connection.close();
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
