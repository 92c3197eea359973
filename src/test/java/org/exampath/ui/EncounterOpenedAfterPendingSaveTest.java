package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
 * An encounter opened again right after an entry in it (its save still on its way, the clinician having moved to a
 * new exam meanwhile) is read once that save is tried, so it shows the entry, and the next change does not take it back.
 */
class EncounterOpenedAfterPendingSaveTest {
    @TempDir
    Path dir;

    @Test
    void anEncounterOpenedAgainRightAfterAnEntryShowsThatEntry() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore real = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            AtomicBoolean hold = new AtomicBoolean();
            CountDownLatch release = new CountDownLatch(1);
            Encounters slow = (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("save") && hold.get()) {
                            release.await(5, TimeUnit.SECONDS); // a save still on its way
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, slow, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            session.patientLabelProperty().set("P-10");
            session.set("history.region.deep_mid_buttock", FindingValue.Flag.YES);
            autosave.flush();
            long first = autosave.encounterIdProperty().get();

            hold.set(true);
            session.set("neuro.myotome.L5", new FindingValue.Choice("weak")); // the last entry, its save held
            autosave.startNew();
            CompletableFuture<Void> opened = autosave.load(first);
            assertFalse(opened.isDone(), "the encounter is read only once the save before it is tried");
            release.countDown();
            opened.get(10, TimeUnit.SECONDS);
            hold.set(false);
            assertEquals(new FindingValue.Choice("weak"), session.exam().value("neuro.myotome.L5"),
                    "the encounter opened again does not show its last entry");

            session.set("nerve.slump", new FindingValue.Choice("negative"));
            autosave.flush();
            assertEquals(new FindingValue.Choice("weak"), real.load(first).orElseThrow().exam().value("neuro.myotome.L5"),
                    "the next change took the last entry back out of the store");
            autosave.shutdown();
        }
    }
}
