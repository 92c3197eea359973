package org.exampath.persistence;

import java.nio.file.Path;
import java.time.Clock;
import org.exampath.domain.Exam;

/** Child process for the file tests: "open" opens and closes a store; "halt" saves one encounter and stops without closing. */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[1]));
        if ("halt".equals(args[0])) {
            db.writerDirect(c -> c.createStatement().execute("PRAGMA wal_autocheckpoint = 0"));
            new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).create("P-1", "test", Exam.empty(), "v", null);
            Runtime.getRuntime().halt(0);
        }
        db.close();
    }
}
