package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Start follow-up of this encounter right after an entry (its save still on its way:
 * a busy queue, a clinic server a few milliseconds away). The follow-up must start from the visit as the clinician
 * left it, the last entry included, and judge progression against it. The store below holds that save until the
 * follow-up has read the encounter, which is the order the app allows.
 */
class FollowUpPendingSaveTest {
    @TempDir
    Path dir;

    @Test
    void aFollowUpStartedRightAfterAnEntryCarriesThatEntryOver() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore real = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            AtomicBoolean hold = new AtomicBoolean();
            CountDownLatch read = new CountDownLatch(1);
            Encounters slow = (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("save") && hold.get()) {
                            read.await(5, TimeUnit.SECONDS); // the save is still on its way when the follow-up reads
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        } finally {
                            if (method.getName().equals("load") && hold.get()) {
                                read.countDown(); // the follow-up has read the encounter: the save may go on
                            }
                        }
                    });
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, slow, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            session.patientLabelProperty().set("P-8");
            session.set("history.region.deep_mid_buttock", FindingValue.Flag.YES);
            autosave.flush();
            long first = autosave.encounterIdProperty().get();

            hold.set(true);
            session.set("neuro.myotome.L5", new FindingValue.Choice("weak"));  // the last entry of the visit
            autosave.followUp(first).join();                                 // Ctrl+Shift+F at once
            autosave.flush();
            assertEquals(new FindingValue.Choice("weak"), real.load(first).orElseThrow().exam().value("neuro.myotome.L5"),
                    "sanity: the entry is stored in the first visit in the end");
            assertEquals(new FindingValue.Choice("weak"), session.exam().value("neuro.myotome.L5"),
                    "the follow-up started from the visit without its last entry (L5 weakness not carried over)");
            autosave.shutdown();
        }
    }
}
