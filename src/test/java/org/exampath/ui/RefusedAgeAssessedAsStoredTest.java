package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.text.FlagState;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one SQLite file. Ben corrects the patient's age to 72 (a woman of 72 with new pain raises the
 * fracture flag). Anna's window, still showing 66, changes it to 67: refused, Ben's 72 is kept, and her window then
 * assesses the exam the store keeps (his age, with its flag), her 67 held in the conflict panel
 * ({@link SqliteSideAgeHeldWindowTest} covers the row). It used to go on showing 67 without the flag (review 27).
 */
class RefusedAgeAssessedAsStoredTest {
    @TempDir
    Path dir;

    @Test
    void anAgeRefusedForAColleaguesCorrectionIsAssessedAsStoredWithTheFlagItRaises() throws Exception {
        try (Database annasApp = Database.open(dir.resolve("shared.db")); Database bensApp = Database.open(dir.resolve("shared.db"))) {
            ExamSession hers = new ExamSession(TestKnowledge.ENGINE);
            Autosave anna = new Autosave(hers, new EncounterStore(annasApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna", DatabaseTestAccess.CLOCK);
            anna.runStatusUpdatesWith(Runnable::run);
            hers.patientLabelProperty().set("Ida");
            hers.setPatient(new Patient(66, Sex.FEMALE));
            hers.set("history.region.deep_mid_buttock", FindingValue.Flag.YES);
            anna.flush();
            long id = anna.encounterIdProperty().get();

            ExamSession his = new ExamSession(TestKnowledge.ENGINE);
            Autosave ben = new Autosave(his, new EncounterStore(bensApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "ben", DatabaseTestAccess.CLOCK);
            ben.runStatusUpdatesWith(Runnable::run);
            ben.load(id).join();
            his.setPatient(new Patient(72, Sex.FEMALE));
            ben.flush();
            ben.shutdown();

            hers.setPatient(new Patient(67, Sex.FEMALE));
            anna.flush();
            anna.flush();
            String status = anna.statusProperty().get();
            var stored = new EncounterStore(bensApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().exam();
            assertEquals(72, stored.patient().age(), "Ben's age stands");
            assertEquals(FlagState.of(TestKnowledge.ENGINE.assess(stored)), FlagState.of(hers.assessment()),
                    "Anna's screen assesses the exam the store keeps (status: " + status + ")");
            anna.shutdown();
        }
    }
}
