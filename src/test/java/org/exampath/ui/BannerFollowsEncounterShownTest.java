package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.exampath.ui.hypotheses.RedFlagBannerViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red-flag banner follows the encounter shown: its recorded actions are the ones of the encounter opened, even
 * when its findings equal the exam shown before, and an action typed but not recorded stays with its own patient.
 */
class BannerFollowsEncounterShownTest {
    @TempDir
    Path dir;

    private static final FindingValue YES = FindingValue.Flag.YES;

    private static List<String> actionsOf(HypothesisPanelViewModel panel, String flag) {
        return panel.banner().flags().stream().filter(f -> f.id().equals(flag)).findFirst()
                .map(RedFlagBannerViewModel.Flag::actions).orElseThrow(() -> new AssertionError("flag " + flag + " not on the banner"));
    }

    /**
     * Two patients with the same sparse emergency (saddle numbness, nothing else yet). The action recorded for
     * the first must be on the banner when the first is opened again, even though the exam shown just before
     * (the second patient's) had the same findings.
     */
    @Test
    void anEncounterOpenedShowsItsOwnRedFlagActionsEvenWhenItsFindingsEqualTheExamShownBefore() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, autosave, DatabaseTestAccess.CLOCK);

            session.patientLabelProperty().set("Patient A");
            session.set("redflag.saddle_anaesthesia", YES);
            autosave.flush();
            long a = autosave.encounterIdProperty().get();
            panel.banner().draftProperty("cauda_equina").set("Sent to ED by ambulance");
            assertTrue(panel.banner().record("cauda_equina"), panel.banner().problemProperty().get());
            autosave.flush();
            assertEquals(1, actionsOf(panel, "cauda_equina").size(), "sanity: A's action on the banner");

            autosave.startNew();
            session.patientLabelProperty().set("Patient B");
            session.set("redflag.saddle_anaesthesia", YES);
            autosave.flush();
            long b = autosave.encounterIdProperty().get();
            assertTrue(a != b);
            assertEquals(List.of(), actionsOf(panel, "cauda_equina"), "sanity: B has no action yet");

            autosave.load(a).join();
            assertEquals(a, autosave.encounterIdProperty().get());
            assertEquals(1, autosave.acknowledgements().size(), "sanity: the store gives A's action back");
            assertEquals(1, actionsOf(panel, "cauda_equina").size(),
                    "encounter A is shown but its banner says no action was recorded for its cauda equina flag "
                            + "(the banner still shows patient B's state)");
            autosave.shutdown();
        }
    }

    /** An action typed for one patient's flag but not recorded must not stand ready in the next patient's banner. */
    @Test
    void anUnrecordedActionTypedForOnePatientIsNotOfferedForAnotherPatientsFlag() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, autosave, DatabaseTestAccess.CLOCK);

            session.patientLabelProperty().set("Patient B");
            session.set("redflag.saddle_anaesthesia", YES);
            session.set("history.nrs_now", new FindingValue.Count(6));
            autosave.flush();
            long b = autosave.encounterIdProperty().get();

            autosave.startNew();
            session.patientLabelProperty().set("Patient A");
            session.set("redflag.saddle_anaesthesia", YES);
            autosave.flush();
            panel.banner().draftProperty("cauda_equina").set("Sent to ED by ambulance, handed over to Dr Lee");

            autosave.load(b).join();
            assertEquals("Patient B", session.patientLabelProperty().get());
            assertEquals("", panel.banner().draftProperty("cauda_equina").get(),
                    "patient A's unrecorded action stands in patient B's banner, one click from being recorded for B");
            autosave.shutdown();
        }
    }
}
