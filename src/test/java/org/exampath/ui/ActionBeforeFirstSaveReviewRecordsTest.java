package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of record keeping, finding 16 (REVIEW-records.md): while a new exam's first save is failing (disk full
 * here; a clinic server out of reach is the same), the clinician records the emergency's action in the banner.
 * The action is dropped with "record a finding first" (the clinician did: its save is what is failing), and is not
 * stored when the store comes back. Autosave as the window runs it, on a real SQLite file. Fails as reviewed.
 */
class ActionBeforeFirstSaveReviewRecordsTest {
    @TempDir
    Path dir;

    @Test
    void anActionRecordedWhileTheNewExamsFirstSaveFailsIsStoredWithItWhenTheStoreComesBack() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna",
                    DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            autosave.retryEvery(java.time.Duration.ofMillis(20));
            DatabaseTestAccess.execute(db, "CREATE TRIGGER full BEFORE INSERT ON encounter BEGIN "
                    + "SELECT RAISE(ABORT, 'database or disk is full'); END");
            session.patientLabelProperty().set("P-88");
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            autosave.acknowledge("cauda_equina", "Sent to ED by ambulance");
            autosave.flush();
            String status = autosave.statusProperty().get();
            DatabaseTestAccess.execute(db, "DROP TRIGGER full");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (autosave.encounterIdProperty().get() == null && System.nanoTime() < deadline) {
                autosave.flush();
            }
            Long id = autosave.encounterIdProperty().get();
            assertNotNull(id, "sanity: the exam is stored once the disk has room");
            while (autosave.actionsUnsaved() && System.nanoTime() < deadline) {
                autosave.flush();
            }
            List<String> stored = autosave.store().acknowledgements(id).stream().map(a -> a.action()).toList();
            autosave.shutdown();
            assertEquals(List.of("Sent to ED by ambulance"), stored, "the emergency's action was dropped; the window said: " + status);
        }
    }
}
