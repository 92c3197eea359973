package org.exampath.clinic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.exampath.store.StoreException;

/**
 * The clinic store's two connections: one writer thread owning the write connection (each job one
 * transaction) and one read connection. A lost connection is opened again on the next job, so a
 * server that went away and came back needs no restart; failures come back as one-line
 * {@link StoreException}s.
 */
final class ClinicWork implements AutoCloseable {
    /** Work to do on a connection. */
    interface Job<T> {
        T run(Connection c) throws SQLException;
    }

    private final ClinicDatabase database;
    /** Who the store's tables are for, and what they hold, to say why a refused login may not use them. */
    private final ClinicMembers.Kind whoMay;
    private final String whatFor;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "exampath-clinic-writer");
        t.setDaemon(true);
        return t;
    });
    private Connection writeConnection;
    private Connection readConnection;

    /**
     * {@code whoMay} is the kind of login the store's tables are for and {@code whatFor} says so in words ("only a
     * clinic's clinicians keep patients' encounters there"), for the refusal of any other login.
     */
    ClinicWork(ClinicDatabase database, ClinicMembers.Kind whoMay, String whatFor) {
        this.database = database;
        this.whoMay = whoMay;
        this.whatFor = whatFor;
    }

    /** Runs {@code job} on the writer thread in one transaction. */
    <T> CompletableFuture<T> submit(Job<T> job) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return transaction(job, writeConnection != null);
            } catch (SQLException e) {
                throw failure(e);
            }
        }, writer);
    }

    /**
     * Runs the job as one transaction. A job
     * that fails on a connection kept from an earlier job that the server has ended (restarted while it
     * sat idle) runs once more on a new connection, so the first save after the server is back is not
     * reported as lost. A transaction that failed before its commit committed nothing.
     */
    private <T> T transaction(Job<T> job, boolean kept) throws SQLException {
        writeConnection = usable(writeConnection);
        writeConnection.setAutoCommit(false);
        T result;
        try {
            result = job.run(writeConnection);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(writeConnection);
            writeConnection = dropIfLost(writeConnection, e);
            if (kept && writeConnection == null && e instanceof SQLException) {
                return transaction(job, false);
            }
            throw e;
        }
        try {
            writeConnection.commit();
        } catch (SQLException e) {
            rollbackQuietly(writeConnection);
            writeConnection = dropIfLost(writeConnection, e);
            throw e;
        }
        return result;
    }

    <T> T write(Job<T> job) {
        return await(submit(job));
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while saving");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException s ? s : new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * Runs a read on the read connection. A read is safe to repeat, so one that fails because the server
     * ended a connection kept from before (restarted while it sat idle) is tried once more on a new one.
     */
    synchronized <T> T read(Job<T> job) {
        boolean kept = readConnection != null;
        try {
            readConnection = usable(readConnection);
            return job.run(readConnection);
        } catch (SQLException e) {
            readConnection = dropIfLost(readConnection, e);
            if (kept && readConnection == null) {
                return read(job);
            }
            throw failure(e);
        }
    }

    /**
     * A read of several statements that must agree with each other (an encounter's exam and the versions and values
     * saves are written against): one REPEATABLE READ transaction on the read connection, so a colleague's save
     * committed between the statements is seen by none of them or by all.
     */
    synchronized <T> T snapshot(Job<T> job) {
        return read(c -> {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = job.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                } catch (SQLException ignored) {
                    // the connection is gone: the next job opens a new one
                }
            }
        });
    }

    /** The connection, or a new one when there is none (no round trip to check it: a lost one fails its job and is dropped). */
    private Connection usable(Connection c) throws SQLException {
        if (c != null && !c.isClosed()) {
            return c;
        }
        Connection fresh = database.connect();
        fresh.setAutoCommit(true);
        // the server may have been brought to another schema since the store was opened (and restarted, ending the last
        // connection): nothing is read or written through this ExamPath's idea of a schema that is not its own
        String problem;
        try {
            problem = database.schemaProblem(ClinicDatabase.version(fresh));
        } catch (SQLException e) {
            fresh.close();
            throw e;
        }
        if (problem != null) {
            fresh.close();
            throw new OtherSchema(problem);
        }
        return fresh;
    }

    /** The server's schema is not this ExamPath's (the message is {@link ClinicDatabase#schemaProblem}'s). */
    static final class OtherSchema extends SQLException {
        private static final long serialVersionUID = 1L;

        OtherSchema(String problem) {
            super(problem, "EP002");
        }
    }

    /** Drops a connection whose failure says it is lost (SQLSTATE class 08, or 57P01 when the server ended it). */
    private static Connection dropIfLost(Connection c, Exception failure) {
        if (c == null) {
            return null;
        }
        String state = failure instanceof SQLException e && e.getSQLState() != null ? e.getSQLState() : "";
        boolean lost = state.startsWith("08") || state.startsWith("57P");
        try {
            if (lost || c.isClosed()) {
                c.close();
                return null;
            }
        } catch (SQLException ignored) {
            return null;
        }
        return c;
    }

    /**
     * The failure in one line, saying only what happened: whoever asked (the window, which keeps and retries
     * its changes, or a command, which keeps nothing) says what becomes of the work.
     */
    private StoreException failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof OtherSchema) {
            return new StoreException(e.getMessage(), e);
        }
        if (e instanceof ClinicDatabase.NoPassword) {
            return new StoreException(database.url() + ": " + e.getMessage(), e);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new ClinicUnreachable(database.url(), e);
        }
        if ("42501".equals(state)) {
            return new StoreException("the clinic server refused this: " + refusedBecause(e), e);
        }
        return new StoreException("the clinic server says: " + ClinicFailure.oneLine(e.getMessage()), e);
    }

    /**
     * Why the server refused (SQLSTATE 42501): a login of another kind than the tables are for is told so, not shown
     * the server's "permission denied for table …"; any other refusal is the server's own first line.
     */
    private String refusedBecause(SQLException e) {
        java.util.Optional<ClinicMembers.Kind> kind;
        try {
            kind = ClinicMembers.kindOf(database);
        } catch (SQLException lookUp) {
            return ClinicFailure.oneLine(e.getMessage());
        }
        String login = "this login (" + database.user() + ")";
        if (kind.isEmpty()) {
            return login + " is no clinician, student or teacher there; an administrator places it with clinic-member";
        }
        if (kind.get() != whoMay) {
            return login + " is a " + kind.get().id() + ", not a " + whoMay.id() + "; " + whatFor;
        }
        return ClinicFailure.oneLine(e.getMessage());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; nothing was committed
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        for (Connection c : new Connection[] {writeConnection, readConnection}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
