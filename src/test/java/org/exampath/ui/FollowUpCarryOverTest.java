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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up shows what the last visit raised (its derived flags too) and what was done about it, and its audit
 * holds only what the clinician entered in it, not the findings carried over from the last visit.
 */
class FollowUpCarryOverTest {
    @TempDir
    Path dir;

    /**
     * Visit 1: hip abduction 5/5. Visit 2 (follow-up): 3/5, which raises the progressive deficit as a derived flag,
     * and the clinician records the referral. Visit 3 (follow-up of visit 2) must list that flag among the last
     * visit's flags, with the referral.
     */
    @Test
    void aFollowUpListsTheProgressiveDeficitTheLastVisitRaisedWithItsAction() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER), "anna", DatabaseTestAccess.CLOCK);
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
            session.set("strength.hip_abduction", new FindingValue.Strength(4, "none"));
            autosave.flush();
            long third = autosave.encounterIdProperty().get();

            autosave.load(first).join();
            autosave.load(third).join(); // visit 3 opened again from the list: visit 2's flag is judged against visit 1
            assertTrue(panel.banner().earlier().stream().anyMatch(l -> l.contains("Progressive or severe neurological deficit")
                            && l.contains("Referred to the spinal team today")),
                    "visit 3 opened from the list does not show visit 2's progressive deficit: " + panel.banner().earlier());
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
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
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
            assertEquals(new FindingValue.Choice("familiar"), store.load(second).orElseThrow().exam().value("palpation.piriformis"),
                    "the carried-over finding is stored with the follow-up");
            ben.shutdown();
        }
    }
}
