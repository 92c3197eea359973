package org.exampath.clinic;

import org.exampath.store.StoreException;

/**
 * The clinic server did not answer (no connection, or a connection it ended). The message says only that; whoever
 * asked says what becomes of the work: the window keeps its changes and retries, a command has kept nothing.
 */
public final class ClinicUnreachable extends StoreException {
    private static final long serialVersionUID = 1L;

    ClinicUnreachable(ClinicUrl url, Throwable cause) {
        super("the clinic server " + url + " cannot be reached", cause);
    }

    /**
     * {@code failure} as a command words it: a check ({@link ClinicDatabase#check}) that failed because the server did
     * not answer (SQLSTATE 08…, 57P…; a password not found, or a host name not known, is not that) becomes this, as the same failure later would.
     */
    public static StoreException ifUnanswered(ClinicUrl url, StoreException failure) {
        if (failure.getCause() instanceof java.sql.SQLException e && !(e instanceof ClinicDatabase.NoPassword) && !unknownHost(e)
                && e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
            return new ClinicUnreachable(url, e);
        }
        return failure;
    }

    /** True when {@code failure} comes of a host name that names no computer (mistyped, or no network to look it up). */
    static boolean unknownHost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
