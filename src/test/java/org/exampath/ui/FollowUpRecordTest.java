package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * A follow-up starts with the last visit's findings, but the clinician's assessment and plan
 * are that visit's words; they must not be stored as the new encounter's (in the name of whoever runs it).
 */
class FollowUpRecordTest {
    @TempDir
    Path dir;

    @Test
    void aFollowUpDoesNotStoreTheLastVisitsAssessmentAndPlanAsItsOwn() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna",
                    DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            session.patientLabelProperty().set("P-11");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            session.setNotes("Left L5 radicular pain, improving.", "Review in 2 weeks; stop if bladder change.");
            autosave.flush();
            long first = autosave.encounterIdProperty().get();
            assertEquals("Left L5 radicular pain, improving.",
                    autosave.store().load(first).orElseThrow().exam().record().assessment(), "sanity: first visit stored");
            autosave.followUp(first).join();
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            autosave.flush();
            long second = autosave.encounterIdProperty().get();
            assertTrue(second != first);
            var stored = autosave.store().load(second).orElseThrow().exam().record();
            assertNull(stored.assessment(), "the follow-up holds the last visit's assessment as its own");
            assertNull(stored.plan(), "the follow-up holds the last visit's plan as its own");
            autosave.shutdown();
        }
    }
}
