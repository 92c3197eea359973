package org.exampath.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicUnreachable;
import org.exampath.clinic.ClinicUrl;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * The store a command works on: a {@code postgresql://} address opens the clinic server (after the same schema check
 * the window makes), anything else the SQLite file at that path (the per-user default when none is given).
 */
record OpenStore(Encounters encounters, String name, AutoCloseable resource) implements AutoCloseable {

    static OpenStore open(String db, Clock clock, PrintStream stderr) {
        // an address holding a password is refused (without repeating it), never made into a file name
        if (ClinicUrl.names(db) || ClinicUrl.carriesPassword(db)) {
            ClinicUrl url = ClinicUrl.forStore(db);
            ClinicDatabase database = ClinicDatabase.forThisUser(url, System.getenv());
            // the window's check first: a server clinic-init never set up, or an older or newer schema, is refused
            // in one line before anything is read or written through this ExamPath's idea of the schema
            try {
                database.check();
            } catch (StoreException e) {
                throw ClinicUnreachable.ifUnanswered(url, e);
            }
            ClinicEncounterStore store = new ClinicEncounterStore(database, clock);
            return new OpenStore(store, url.toString(), store);
        }
        Database database = db == null ? Database.open(Database.defaultPath()) : Database.openNamed(Path.of(db), db);
        database.warning().ifPresent(w -> stderr.println(Terminal.line("warning: " + w)));
        return new OpenStore(new EncounterStore(database, clock), database.path().toString(), database);
    }

    /**
     * As {@link #open}, for a command that only reads (export, list, report ID): a database file named with
     * {@code --db} that does not exist is refused, never created, so a mistyped path leaves no empty database
     * behind and is not mistaken for an empty practice. The default database is still made on first use.
     */
    static OpenStore existing(String db, Clock clock, PrintStream stderr) {
        if (db != null && !ClinicUrl.names(db) && !ClinicUrl.carriesPassword(db) && !Files.exists(Path.of(db))) {
            throw new StoreException(db + ": no such database file (nothing was created; check the path)");
        }
        return open(db, clock, stderr);
    }

    /**
     * What a command says when the store failed: what happened, that the command kept nothing (an {@code import}
     * stored none of its exams) and, when the clinic server did not answer, that it may be run again.
     */
    static String failed(String command, StoreException e) {
        boolean importing = "import".equals(command);
        if (e instanceof ClinicUnreachable) {
            return e.getMessage() + "; " + (importing ? "nothing was imported, " : "") + "try again when it answers";
        }
        return importing ? e.getMessage() + " (nothing was imported)" : e.getMessage();
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
