package org.exampath.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;

/**
 * Starts of the app in recovery tests. A recovery session is named by the clock's millisecond, so a later
 * start waits for the next one: what an earlier start kept is then a leftover.
 */
final class RecoverySessions {
    private RecoverySessions() {
    }

    /** Waits until the clock's millisecond has moved on, so the next recovery session is a new one. */
    static void waitForNextMillisecond() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.onSpinWait();
        }
    }

    /** A later start on {@code folder}: its own recovery session, so the copies already there are leftovers. */
    static RecoveryFiles nextStart(Path folder) {
        waitForNextMillisecond();
        return new RecoveryFiles(folder);
    }

    /**
     * An autosave for {@code clinician} that reports status at once, retries every {@code retry} and keeps copies in
     * {@code recovery}; returned once the start-up notice of leftover copies (read on the autosave queue) is on its status line.
     */
    static Autosave autosave(ExamSession session, Encounters store, String clinician, Clock clock, Duration retry,
                             RecoveryFiles recovery) {
        Autosave a = new Autosave(session, store, clinician, clock);
        a.runStatusUpdatesWith(Runnable::run);
        a.retryEvery(retry);
        a.keepRecoveryIn(recovery);
        a.flush();
        return a;
    }

    /**
     * Anna's autosave on {@code database}, whose store fails while {@code down} is set, retrying every 20 ms and
     * keeping copies in a later start's session of {@code folder}.
     */
    static Autosave annaWithAStoreThatCanFail(ExamSession session, Database database, AtomicBoolean down, Path folder) {
        return autosave(session, FailingStore.failingWhen(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), down), "anna",
                DatabaseTestAccess.CLOCK, Duration.ofMillis(20), nextStart(folder));
    }
}
