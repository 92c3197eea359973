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
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.exampath.ui.hypotheses.RedFlagBannerViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of the follow-up and encounter-switching flows (review-flows): the banner and its red-flag actions must
 * follow the encounter shown, and a follow-up must show what the last visit raised and what was done about it.
 */
class FollowUpFlowReviewTest {
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
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK), "anna", DatabaseTestAccess.CLOCK);
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
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK), "anna", DatabaseTestAccess.CLOCK);
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

    /**
     * Visit 1: hip abduction 5/5. Visit 2 (follow-up): 3/5, which raises the progressive deficit as a derived flag,
     * and the clinician records the referral. Visit 3 (follow-up of visit 2) must list that flag among the last
     * visit's flags, with the referral.
     */
    @Test
    void aFollowUpListsTheProgressiveDeficitTheLastVisitRaisedWithItsAction() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK), "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, autosave, DatabaseTestAccess.CLOCK);

            session.patientLabelProperty().set("P-7");
            session.set("strength.hip_abduction", new FindingValue.Strength(5, "none"));
            autosave.flush();
            long first = autosave.encounterIdProperty().get();

            autosave.followUp(first).join();
            session.set("strength.hip_abduction", new FindingValue.Strength(3, "none"));
            autosave.flush();
            long second = autosave.encounterIdProperty().get();
            assertTrue(second != first);
            assertTrue(session.assessment().redFlags().stream().anyMatch(f -> f.id().equals("progressive_neuro_deficit")),
                    "sanity: weaker since visit 1 raises the progressive deficit at visit 2");
            panel.banner().draftProperty("progressive_neuro_deficit").set("Referred to the spinal team today");
            assertTrue(panel.banner().record("progressive_neuro_deficit"), panel.banner().problemProperty().get());
            autosave.flush();

            autosave.followUp(second).join();
            List<String> earlier = panel.banner().earlier();
            assertTrue(earlier.stream().anyMatch(l -> l.contains("Referred to the spinal team today")),
                    "visit 3 does not show that visit 2 raised a progressive deficit and referred to the spinal team: " + earlier);
            autosave.shutdown();
        }
    }

    /**
     * Anna examines; Ben starts the follow-up and changes one finding. The audit of Ben's encounter must not say Ben
     * set the findings Anna recorded at the last visit and that were only carried over.
     */
    @Test
    void aFollowUpDoesNotAuditCarriedOverFindingsAsEnteredByTheClinicianWhoStartedIt() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK);
            ExamSession annaSession = new ExamSession(TestKnowledge.ENGINE);
            Autosave anna = new Autosave(annaSession, store, "anna", DatabaseTestAccess.CLOCK);
            anna.runStatusUpdatesWith(Runnable::run);
            annaSession.patientLabelProperty().set("P-9");
            annaSession.set("nerve.slump", new FindingValue.Choice("positive"));
            annaSession.set("palpation.piriformis", new FindingValue.Choice("familiar"));
            anna.flush();
            long first = anna.encounterIdProperty().get();
            anna.shutdown();

            ExamSession benSession = new ExamSession(TestKnowledge.ENGINE);
            Autosave ben = new Autosave(benSession, store, "ben", DatabaseTestAccess.CLOCK);
            ben.runStatusUpdatesWith(Runnable::run);
            ben.followUp(first).join();
            benSession.set("nerve.slump", new FindingValue.Choice("negative"));
            ben.flush();
            long second = ben.encounterIdProperty().get();
            List<Encounters.AuditEntry> byBen = store.audit(second).stream().filter(e -> e.clinician().equals("ben")).toList();
            assertEquals(List.of("nerve.slump"), byBen.stream().map(Encounters.AuditEntry::finding).distinct().toList(),
                    "the audit says ben entered findings he only carried over from anna's visit: " + byBen);
            ben.shutdown();
        }
    }
}
