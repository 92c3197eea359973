package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recovery copy of an exam whose create committed but whose answer was lost, restored after a crash
 * the way the app does it (the leftovers reported at start, then File > Open exam), on a real SQLite file.
 */
class RecoveryCopyTest {
    @TempDir
    Path dir;

    /**
     * The store on a real file, but the first create's answer is lost after its commit and from then on
     * the store cannot be reached at all (the server went down, or the app is about to crash).
     */
    private static Encounters downAfterFirstCreate(Encounters real, List<String> createKeys) {
        AtomicBoolean down = new AtomicBoolean();
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (down.get()) {
                        throw new StoreException("the server cannot be reached");
                    }
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("create") && args.length == 6) {
                        createKeys.add((String) args[5]);
                        down.set(true);
                        throw new StoreException("the server cannot be reached (the create was committed, its answer lost)");
                    }
                    return result;
                });
    }

    private static Autosave autosave(ExamSession session, Encounters store, RecoveryFiles recovery) {
        Autosave a = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
        a.runStatusUpdatesWith(Runnable::run);
        a.retryEvery(java.time.Duration.ofMillis(20));
        a.keepRecoveryIn(recovery);
        return a;
    }

    /** A later start: its own recovery session (named by the clock's millisecond), so the copy is a leftover. */
    private static RecoveryFiles nextStart(Path folder) {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.onSpinWait();
        }
        return new RecoveryFiles(folder);
    }

    @Test
    void aCopyOfAnExamWhoseCreateCommittedWithItsAnswerLostIsRestoredIntoThatOneEncounter() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        List<String> createKeys = new CopyOnWriteArrayList<>();
        Exam entered;
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, downAfterFirstCreate(new EncounterStore(database, DatabaseTestAccess.CLOCK),
                    createKeys), new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-R");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            autosave.flush();
            session.set("history.quality.burning", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
            assertEquals(1, new EncounterStore(database, DatabaseTestAccess.CLOCK).count(), "the lost create was committed");
            entered = session.exam();
            autosave.shutdown(); // the app stops with the change unsaved
        }
        assertEquals(1, createKeys.size());

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            assertTrue(autosave.statusProperty().get().contains("1 unsaved change was kept"), autosave.statusProperty().get());
            autosave.resume().join();
            List<Path> left = recovery.leftovers();
            assertEquals(1, left.size(), left.toString());
            assertEquals(java.util.Optional.of(createKeys.get(0)), RecoveryFiles.createKeyOf(left.get(0)),
                    "the copy keeps the key its create was sent with");

            ExamViewModel model = new ExamViewModel(session, autosave);
            assertTrue(model.open(left.get(0)));
            autosave.flush();
            assertEquals(1, store.count(), "restoring the copy made no second encounter");
            long id = autosave.encounterIdProperty().get();
            Encounters.Encounter stored = store.load(id).orElseThrow();
            assertEquals(entered.findings(), stored.exam().findings(), "the one encounter holds every finding entered");
            assertEquals("P-R", stored.patientLabel());
            autosave.shutdown();
        }
    }

    @Test
    void aCopyWithoutAKeyAsOlderVersionsWroteItStillOpensAndIsSavedAsANewEncounter() throws Exception {
        Path folder = dir.resolve("recovery");
        Files.createDirectories(folder);
        Exam old = Exam.empty().with("nerve.slr", new FindingValue.Choice("negative"));
        old = old.withRecord(old.record().withLabel("P-old"));
        Path copy = folder.resolve("unsaved-1-1-1.json");
        Files.write(copy, new ExamWriter().write(old));
        try (Database database = Database.open(dir.resolve("old.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = nextStart(folder);
            Autosave autosave = autosave(session, store, recovery);
            assertEquals(List.of(copy), recovery.leftovers());
            assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(copy));
            assertTrue(new ExamViewModel(session, autosave).open(copy));
            autosave.flush();
            assertEquals(1, store.count());
            Encounters.Encounter stored = store.load(autosave.encounterIdProperty().get()).orElseThrow();
            assertEquals(old.findings(), stored.exam().findings());
            assertEquals("P-old", stored.patientLabel());
            autosave.shutdown();
        }
    }

    @Test
    void aKeyFileThatIsNotAKeyIsNeverUsed() throws Exception {
        Path copy = dir.resolve("unsaved-1-1-2.json");
        Files.writeString(dir.resolve(".unsaved-1-1-2.json.create-key"), "'; DROP TABLE encounter; --");
        assertEquals(java.util.Optional.empty(), RecoveryFiles.createKeyOf(copy));
        Files.writeString(dir.resolve(".unsaved-1-1-2.json.create-key"), "0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10\n");
        assertEquals(java.util.Optional.of("0b6f1f4e-8d7c-4d35-9a51-2f3c0e7d9a10"), RecoveryFiles.createKeyOf(copy));
    }
}
