package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red-flag action recorded for a new exam whose first save (its create) is failing is kept on disk with the
 * exam's recovery copy: if the app dies, opening that copy (File → Open exam, as the window does) stores the
 * action with the encounter the copy makes, as it was recorded (at the urgency its flag stood at); on real SQLite files.
 */
class ActionBeforeFirstSaveCopyTest {
    private static final String FULL = "CREATE TRIGGER full BEFORE INSERT ON encounter BEGIN "
            + "SELECT RAISE(ABORT, 'database or disk is full'); END";
    private static final Encounters.Acknowledgement SENT = new Encounters.Acknowledgement("cauda_equina",
            "Sent to ED by ambulance", DatabaseTestAccess.CLOCK.instant().toString(), "anna", "emergency");

    @TempDir
    Path dir;

    private static Autosave annas(ExamSession session, Database database, RecoveryFiles recovery) {
        return RecoverySessions.autosave(session, new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna",
                DatabaseTestAccess.CLOCK, Duration.ofMillis(20), recovery);
    }

    private static void await(Autosave autosave, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            autosave.flush();
        }
        assertTrue(done.getAsBoolean(), autosave.statusProperty().get());
    }

    /** Every file in the recovery folder, hidden ones included. */
    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Anna's new exam, its create refused (disk full), the emergency's action recorded; the autosave is left running. */
    private static Autosave actionWhileTheCreateFails(ExamSession session, Database database, Path folder) {
        DatabaseTestAccess.execute(database, FULL);
        Autosave autosave = annas(session, database, new RecoveryFiles(folder));
        session.patientLabelProperty().set("P-88");
        session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
        autosave.flush();
        assertTrue(autosave.failedProperty().get(), autosave.statusProperty().get());
        assertTrue(autosave.actionsUnsaved(), "sanity: the action waits for the exam's create");
        return autosave;
    }

    @Test
    void anActionRecordedBeforeTheFirstSaveOutlivesACrashAndIsStoredWithTheEncounterItsCopyMakes() throws Exception {
        Path db = dir.resolve("exampath.db");
        Path folder = dir.resolve("recovery");
        try (Database database = Database.open(db)) {
            Autosave autosave = actionWhileTheCreateFails(new ExamSession(TestKnowledge.ENGINE), database, folder);
            assertTrue(autosave.actionsKeptOnDisk(), "the action is on disk with the exam's copy");
            assertTrue(autosave.statusProperty().get().contains("with this exam's copy on this computer"), autosave.statusProperty().get());
            autosave.shutdown(); // the app dies with the action in memory and on disk only
            DatabaseTestAccess.execute(database, "DROP TRIGGER full");
        }

        try (Database database = Database.open(db)) {
            EncounterStore store = new EncounterStore(database, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            assertEquals(0, store.count());
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            RecoveryFiles recovery = RecoverySessions.nextStart(folder);
            Autosave autosave = annas(session, database, recovery);
            ExamViewModel window = new ExamViewModel(session, autosave);
            List<Path> left = recovery.leftovers();
            assertEquals(1, left.size(), left.toString());
            assertTrue(window.open(left.get(0)), window.errorProperty().get());
            assertEquals(List.of(SENT), autosave.acknowledgements(), "listed with the exam as soon as it is open");
            await(autosave, () -> autosave.encounterIdProperty().get() != null && !autosave.actionsUnsaved());
            Long id = autosave.encounterIdProperty().get();
            assertNotNull(id);
            assertEquals(1, store.count(), "one encounter");
            assertEquals(List.of(SENT), store.acknowledgements(id), "stored with the encounter, as anna recorded it and when");
            assertFalse(autosave.failedProperty().get(), autosave.statusProperty().get());
            autosave.shutdown();
            assertEquals(List.of(), files(folder), "the copy and the action beside it go once both are stored");
        }
    }

    @Test
    void theActionsCopyGoesWhenTheStoreTakesTheExamInTheSameSession() throws Exception {
        try (Database database = Database.open(dir.resolve("exampath.db"))) {
            Path folder = dir.resolve("recovery");
            Autosave autosave = actionWhileTheCreateFails(new ExamSession(TestKnowledge.ENGINE), database, folder);
            assertEquals(1, files(folder).stream().filter(f -> f.endsWith(".json.actions")).count(), files(folder).toString());
            DatabaseTestAccess.execute(database, "DROP TRIGGER full");
            await(autosave, () -> autosave.encounterIdProperty().get() != null && !autosave.actionsUnsaved());
            assertEquals(List.of(SENT), autosave.store().acknowledgements(autosave.encounterIdProperty().get()));
            autosave.shutdown();
            assertEquals(List.of(), files(folder), "nothing is left to restore");
        }
    }
}
