package org.exampath.persistence;

import java.time.Clock;

/** The fixed clock the store tests use, and a way to break the store on purpose, for tests in other packages. */
public final class DatabaseTestAccess {
    public static final Clock CLOCK = DatabaseTest.CLOCK;

    private DatabaseTestAccess() {
    }

    /** Runs one statement on the writer (outside a transaction): a trigger that makes saves fail, say. */
    public static void execute(Database db, String sql) {
        db.writerDirect(c -> c.createStatement().execute(sql));
    }
}
