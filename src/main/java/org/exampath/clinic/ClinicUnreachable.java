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
}
