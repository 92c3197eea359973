package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.ActionCopies;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-flag action the store did not confirm has a local copy, carrying its key, that outlives the app:
 * sent again when its encounter is opened at the next start, it is stored once, even when its first try
 * was committed and only the answer was lost; on real SQLite files.
 */
class ActionCopyTest {
    @TempDir
    Path dir;

    /**
     * The store on a real file whose red-flag actions never get an answer through: with {@code commit} each
     * is stored and its answer lost, without it the server is out of reach before the action gets there.
     */
    private static Encounters actionsUnanswered(Encounters real, boolean commit, List<String> keysSent) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("acknowledge") && args.length == 7) {
                        keysSent.add((String) args[4]);
                        if (commit) {
                            ((CompletableFuture<?>) method.invoke(real, args)).join();
                        }
                        return CompletableFuture.failedFuture(new StoreException("the server cannot be reached"
                                + (commit ? " (the action was committed, its answer lost)" : "")));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Autosave autosave(ExamSession session, Encounters store, String clinician, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, store, clinician, DatabaseTestAccess.CLOCK, java.time.Duration.ofMillis(20), recovery);
    }


    private static void await(Autosave autosave, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            autosave.flush();
        }
        assertTrue(done.getAsBoolean(), autosave.statusProperty().get());
    }

    private static List<Path> actionFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("action-")).toList();
        }
    }

    /**
     * A first session as {@code clinician}: an exam saved as encounter 1, then "Sent to ED" recorded for the
     * cauda equina flag through a store that never answers it, and the app stops with it waiting for a retry.
     * Returns the keys its tries were sent with.
     */
    private static List<String> actionUnansweredThenStopped(Path db, Path folder, String clinician, boolean commit) {
        List<String> keysSent = new CopyOnWriteArrayList<>();
        try (Database database = Database.open(db)) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, actionsUnanswered(new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), commit,
                    keysSent), clinician, new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-A");
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.flush();
            assertEquals(1L, autosave.encounterIdProperty().get(), autosave.statusProperty().get());
            autosave.acknowledge("cauda_equina", "Sent to ED");
            await(autosave, () -> autosave.statusProperty().get().startsWith("Red-flag action NOT SAVED"));
            assertTrue(autosave.actionsUnsaved());
            autosave.shutdown(); // killed: the retry waiting in memory goes with it
        }
        return keysSent;
    }

    @Test
    void anActionCommittedWithItsAnswerLostBeforeACrashIsStoredOnceWhenItsEncounterIsOpenedAgain() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        List<String> keysSent = actionUnansweredThenStopped(db, folder, "anna", true);
        List<Path> kept = actionFiles(folder);
        assertEquals(1, kept.size(), "the action has a copy on disk");
        assertTrue(kept.get(0).getFileName().toString().endsWith("-" + keysSent.get(0) + ".properties"),
                "the copy carries the key its tries were sent with: " + kept);

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(List.of("Sent to ED"), store.acknowledgements(1).stream().map(Encounters.Acknowledgement::action).toList(),
                    "the first try was committed");
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, store, "anna", RecoverySessions.nextStart(folder));
            assertTrue(autosave.statusProperty().get().contains("1 red-flag action you recorded in an earlier session was not "
                    + "confirmed stored; each is stored when its encounter (1) is opened."), autosave.statusProperty().get());

            List<String> said = new CopyOnWriteArrayList<>();
            autosave.statusProperty().addListener((obs, old, now) -> said.add(now));
            autosave.resume().join();
            assertEquals(1L, autosave.encounterIdProperty().get());
            await(autosave, () -> !autosave.actionsUnsaved());

            assertEquals(List.of("Sent to ED"), store.acknowledgements(1).stream().map(Encounters.Acknowledgement::action).toList(),
                    "sent again under its key: one action, not two");
            assertEquals(List.of("Sent to ED"), autosave.acknowledgements().stream().map(Encounters.Acknowledgement::action).toList(),
                    "listed once");
            assertEquals(List.of(), actionFiles(folder), "the copy goes once the action is stored");
            assertTrue(said.stream().anyMatch(line -> line.startsWith("Stored the red-flag action \"Sent to ED\" you recorded at ")
                    && line.endsWith(" for encounter 1 in an earlier session (it was kept on this computer until now).")), said.toString());
            assertFalse(autosave.failedProperty().get());
            autosave.shutdown();
        }
    }

    @Test
    void anActionSentAgainDaysLaterKeepsTheTimeTheClinicianRecordedIt() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        actionUnansweredThenStopped(db, folder, "anna", false);
        java.time.Clock later = java.time.Clock.offset(DatabaseTestAccess.CLOCK, java.time.Duration.ofDays(3));
        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, later, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", later);
            autosave.runStatusUpdatesWith(Runnable::run);
            autosave.keepRecoveryIn(RecoverySessions.nextStart(folder));
            autosave.resume().join();
            await(autosave, () -> !autosave.actionsUnsaved());
            assertEquals(List.of(DatabaseTestAccess.CLOCK.instant().toString()),
                    store.acknowledgements(1).stream().map(Encounters.Acknowledgement::at).toList(),
                    "stored three days later, read back with the time it was recorded");
            autosave.shutdown();
        }
    }

    @Test
    void anActionTheStoreNeverGotIsListedAtOnceAndStoredFromItsCopyInTheNameOfWhoRecordedIt() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        List<String> keysSent = actionUnansweredThenStopped(db, folder, "anna", false);
        ActionCopies.Copy copy = new RecoveryFiles(folder).actions().leftovers().get(0);
        assertEquals(new RecoveryFiles.Kept(1, "2026-11-26", "anna", db.toRealPath().toString()), copy.encounter());
        assertEquals("Sent to ED", copy.action().action());
        assertEquals(keysSent.get(0), copy.key());

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(List.of(), store.acknowledgements(1), "the store never got it");
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            List<String> keysNow = new CopyOnWriteArrayList<>();
            Encounters watched = (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(),
                    new Class<?>[] {Encounters.class}, (proxy, method, args) -> {
                        if (method.getName().equals("acknowledge") && args.length == 7) {
                            keysNow.add((String) args[4]);
                        }
                        try {
                            return method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Autosave autosave = autosave(session, watched, "anna", RecoverySessions.nextStart(folder));
            autosave.load(1).join();
            assertEquals(List.of("Sent to ED"), autosave.acknowledgements().stream().map(Encounters.Acknowledgement::action).toList(),
                    "listed as soon as the encounter is shown");
            await(autosave, () -> !autosave.actionsUnsaved());
            assertEquals(List.of(keysSent.get(0)), keysNow, "sent once more, with the key it was recorded with");
            List<Encounters.Acknowledgement> stored = store.acknowledgements(1);
            assertEquals(1, stored.size());
            assertEquals("cauda_equina", stored.get(0).flag());
            assertEquals("anna", stored.get(0).clinician());
            assertEquals(List.of(), actionFiles(folder));

            autosave.startNew();
            autosave.load(1).join();
            autosave.flush();
            assertEquals(1, store.acknowledgements(1).size(), "opening it again sends nothing more");
            autosave.shutdown();
        }
    }

    @Test
    void anActionStoredAtOnceLeavesNoCopy() throws Exception {
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, store, "anna", new RecoveryFiles(folder));
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.acknowledge("cauda_equina", "Sent to ED");
            await(autosave, () -> !autosave.actionsUnsaved());
            assertEquals(1, store.acknowledgements(1).size());
            assertEquals(List.of(), actionFiles(folder));
            autosave.shutdown();
        }
    }

    @Test
    void aCopyIsNeverSentInTheNameOfAnotherClinicianNorIntoAnotherStoresEncounter() throws Exception {
        Path folder = dir.resolve("recovery");
        actionUnansweredThenStopped(dir.resolve("first.db"), folder, "anna", false);

        try (Database database = Database.open(dir.resolve("first.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, store, "ben", RecoverySessions.nextStart(folder));
            assertTrue(autosave.statusProperty().get().contains("1 red-flag action recorded by anna in an earlier session is kept in "
                    + folder + ", not stored"), autosave.statusProperty().get());
            autosave.load(1).join();
            autosave.flush();
            assertEquals(List.of(), store.acknowledgements(1), "ben's start does not write anna's action");
            assertEquals(List.of(), autosave.acknowledgements());
            assertEquals(1, actionFiles(folder).size(), "and it stays for anna");
            autosave.shutdown();
        }

        // another database whose encounter 1 is someone else's visit: the copy is not for it
        try (Database database = Database.open(dir.resolve("second.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            store.create("Other patient", "carl", org.exampath.domain.Exam.empty(), "kb", null);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, store, "anna", RecoverySessions.nextStart(folder));
            autosave.load(1).join();
            autosave.flush();
            assertEquals(List.of(), store.acknowledgements(1));
            assertEquals(1, actionFiles(folder).size());
            autosave.shutdown();
        }

        // another database sharing the folder whose encounter 1 is the same clinician's visit of the same day, for
        // another patient: the same id, date and clinician, but not the store the copy was kept for
        try (Database database = Database.open(dir.resolve("third.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            store.create("Another patient", "anna", org.exampath.domain.Exam.empty(), "kb", null);
            assertEquals(new RecoveryFiles(folder).actions().leftovers().get(0).encounter().date(), store.load(1).orElseThrow().date());
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, store, "anna", RecoverySessions.nextStart(folder));
            String notice = autosave.statusProperty().get();
            assertTrue(notice.contains("1 red-flag action you recorded for another database (" + dir.resolve("first.db").toRealPath()
                    + ") is kept in " + folder + "; each is stored when that database and its encounter are opened, never into this one."),
                    notice);
            assertFalse(notice.contains("each is stored when its encounter"), "it is not promised for this database: " + notice);
            autosave.load(1).join();
            autosave.flush();
            assertEquals(List.of(), store.acknowledgements(1), "anna's action for first.db is not written into third.db's patient");
            assertEquals(1, actionFiles(folder).size(), "and it stays for first.db");
            autosave.shutdown();
        }
    }

    @Test
    void anActionCopyThatIsNotWellFormedIsNeverUsed() throws Exception {
        Path folder = dir.resolve("recovery");
        actionUnansweredThenStopped(dir.resolve("exampath.db"), folder, "anna", false);
        Path copy = actionFiles(folder).get(0);
        String text = Files.readString(copy);
        Files.writeString(copy, text.replaceAll("(?m)^key=.*$", "key=not-a-key"));
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            assertEquals(List.of(), recovery.actions().leftovers());
            Autosave autosave = autosave(new ExamSession(TestKnowledge.ENGINE), store, "anna", recovery);
            autosave.load(1).join();
            autosave.flush();
            assertEquals(List.of(), store.acknowledgements(1));
            assertTrue(Files.exists(copy), "left where it is for a person to look at");
            autosave.shutdown();
        }
    }
}
