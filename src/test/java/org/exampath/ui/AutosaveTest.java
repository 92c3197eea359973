package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave without the toolkit, on a real SQLite file. */
class AutosaveTest {
    @TempDir
    Path dir;

    private Autosave autosave(ExamSession session, Database db) {
        Autosave a = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK), "anna", DatabaseTestAccess.CLOCK);
        a.runStatusUpdatesWith(Runnable::run);
        return a;
    }

    @Test
    void everyChangeIsSavedAndAReopenedSessionResumesExactly() {
        Exam entered;
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, db);
            session.patientLabelProperty().set("P-9");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            session.set("history.quality.burning", FindingValue.Flag.YES);
            autosave.flush();
            assertTrue(autosave.statusProperty().get().startsWith("Saved "), autosave.statusProperty().get());
            entered = session.exam();
            autosave.shutdown();
        }
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            autosave(session, db).resume();
            assertEquals(entered, session.exam());
            assertEquals("P-9", session.patientLabelProperty().get());
        }
    }

    @Test
    void aFollowUpAsksTheScreenAgainAndRaisesGrowingWeakness() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = autosave(session, db);
            session.patientLabelProperty().set("P-1");
            session.set("neuro.myotome.L5", new FindingValue.Choice("normal"));
            session.set("redflag.cancer_history", FindingValue.Flag.NO);
            autosave.flush();
            long first = autosave.encounterIdProperty().get();
            autosave.followUp(first);
            assertEquals(new FindingValue.Choice("normal"), session.exam().value("neuro.myotome.L5"));
            assertEquals(null, session.exam().value("redflag.cancer_history"), "the screen is asked again");
            session.set("neuro.myotome.L5", new FindingValue.Choice("weak"));
            assertEquals(FindingValue.Flag.YES, session.exam().value("redflag.progressive_weakness"));
            assertEquals("progressive_neuro_deficit", session.assessment().redFlags().get(0).id());
            autosave.flush();
            long second = autosave.encounterIdProperty().get();
            assertTrue(second != first);
            var stored = autosave.store().load(second).orElseThrow();
            assertEquals(first, stored.previousId());
            assertEquals("P-1", stored.patientLabel());
            assertEquals(1, autosave.changesSinceLastVisit().size());
        }
    }
}
