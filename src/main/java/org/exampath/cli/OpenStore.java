package org.exampath.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.exampath.clinic.ClinicDatabase;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicUrl;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;

/**
 * The store a command works on: a {@code postgresql://} address opens the clinic server, anything else
 * the SQLite file at that path (the per-user default when none is given).
 */
record OpenStore(Encounters encounters, String name, AutoCloseable resource) implements AutoCloseable {

    static OpenStore open(String db, Clock clock, PrintStream stderr) {
        // an address holding a password is refused (without repeating it), never made into a file name
        if (ClinicUrl.names(db) || ClinicUrl.carriesPassword(db)) {
            ClinicUrl url = ClinicUrl.forStore(db);
            ClinicDatabase database = ClinicDatabase.forThisUser(url, System.getenv());
            ClinicEncounterStore store = new ClinicEncounterStore(database, clock);
            return new OpenStore(store, url.toString(), store);
        }
        Database database = Database.open(db == null ? Database.defaultPath() : Path.of(db));
        database.warning().ifPresent(w -> stderr.println(Terminal.line("warning: " + w)));
        return new OpenStore(new EncounterStore(database, clock), database.path().toString(), database);
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
