package org.exampath.persistence;

import java.time.Clock;

/** The fixed clock the store tests use, for tests in other packages. */
public final class DatabaseTestAccess {
    public static final Clock CLOCK = DatabaseTest.CLOCK;

    private DatabaseTestAccess() {
    }
}
