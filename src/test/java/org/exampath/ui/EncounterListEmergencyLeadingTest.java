package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an emergency stands the window holds the working diagnosis back, and so does the encounter list:
 * an encounter saved under an emergency is not listed with the engine's top hypothesis.
 */
class EncounterListEmergencyLeadingTest {
    @TempDir
    Path dir;

    @Test
    void anEmergencyEncounterIsNotListedWithTheDiagnosisTheWindowHoldsBack() {
        try (Database db = Database.open(dir.resolve("emergency.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            session.patientLabelProperty().set("P-0777");
            session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
            session.set("redflag.bladder_bowel_change", FindingValue.Flag.YES);
            session.set("nerve.slr", new FindingValue.Choice("positive"));
            autosave.flush();
            assertTrue(session.assessment().emergency(), "an emergency stands: the window holds the working diagnosis back");

            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
            browser.runUpdatesWith(Runnable::run);
            browser.search().join();
            assertEquals(1, browser.rows().size());
            Encounters.Row row = browser.rows().get(0);
            assertNull(row.leading(), "the list names a leading hypothesis (" + row.leading() + ", " + row.leadingProbability()
                    + ") for an encounter whose window withholds it; its flags: " + row.flags());
            assertEquals("held back: emergency", browser.leadingText(row));
            assertEquals("emergency: Possible cauda equina syndrome", browser.flagsText(row), "flags named as the banner names them");
            autosave.shutdown();
        }
    }

    @Test
    void anEncounterWithoutAnEmergencyIsListedWithItsLeadingHypothesisAndFlagsByTheirLabels() {
        try (Database db = Database.open(dir.resolve("urgent.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            session.patientLabelProperty().set("P-0778");
            session.set("redflag.cancer_history", FindingValue.Flag.YES);
            autosave.flush();
            assertFalse(session.assessment().emergency());

            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
            browser.runUpdatesWith(Runnable::run);
            browser.search().join();
            Encounters.Row row = browser.rows().get(0);
            String lead = session.assessment().leading().id();
            assertEquals(lead, row.leading(), "without an emergency the engine's leading hypothesis is stored");
            String label = TestKnowledge.SHIPPED.hypothesis(lead).orElseThrow().label();
            assertTrue(browser.leadingText(row).startsWith(label.contains(" (") ? label.substring(0, label.indexOf(" (")) : label),
                    browser.leadingText(row));
            assertTrue(browser.leadingText(row).endsWith("%)"), browser.leadingText(row));
            assertTrue(browser.flagsText(row).endsWith(": Possible malignancy"), "the flag by its label: " + browser.flagsText(row));
            autosave.shutdown();
        }
    }
}
