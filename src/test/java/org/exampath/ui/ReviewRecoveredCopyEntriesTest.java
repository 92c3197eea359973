package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, finding 6: a recovery copy kept for a named encounter (File > Open of a leftover copy, RecoveredOpening
 * .openRecovered) merges only its findings onto the encounter as stored now; its side, age, sex, assessment and plan are
 * put on screen as the copy has them, and the save after it writes them, in this clinician's name, over what a colleague
 * stored since, even where the copy never changed them. The opening by create key uses CopyMerge.withEntries; this one
 * does not, and the store cannot refuse: the load it makes just before resets this window's base to what is stored now.
 */
class ReviewRecoveredCopyEntriesTest {
    @TempDir
    Path dir;

    @Test
    void aCopyThatChangedOnlyAFindingNeverPutsBackTheSideAndPlanAColleagueChangedSince() throws Exception {
        try (Database annasApp = Database.open(dir.resolve("shared.db")); Database bensApp = Database.open(dir.resolve("shared.db"))) {
            EncounterStore annas = new EncounterStore(annasApp, DatabaseTestAccess.CLOCK);
            EncounterStore bens = new EncounterStore(bensApp, DatabaseTestAccess.CLOCK);
            long id = annas.create("Ida", "anna", Exams.of().yes("history.region.deep_mid_buttock").exam().withSide(Side.LEFT), "v", null);
            Encounters.Encounter asKept = annas.load(id).orElseThrow();
            Exam base = asKept.exam();
            // Anna's unsaved change, kept in a recovery copy: one finding, nothing else
            Exam copy = base.with("history.aggravator.sitting", FindingValue.Flag.YES);

            // meanwhile Ben corrects the side and writes the plan
            Exam his = bens.load(id).orElseThrow().exam();
            bens.save(id, "Ida", his.withSide(Side.BILATERAL).withRecord(his.record().withPlan("Same-day MRI: saddle change")), "ben",
                    null, null, null);

            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave anna = new Autosave(session, annas, "anna", DatabaseTestAccess.CLOCK);
            anna.runStatusUpdatesWith(Runnable::run);
            Path file = Files.writeString(dir.resolve("copy.exam.json"), "{}");
            anna.openRecovered(RecoveryFiles.Kept.of(annas, asKept), copy, "Ida", base, file).get();
            anna.flush();
            anna.shutdown();

            Exam stored = bens.load(id).orElseThrow().exam();
            assertEquals(FindingValue.Flag.YES, stored.value("history.aggravator.sitting"), "the copy's own change is restored");
            assertEquals("Same-day MRI: saddle change", stored.record().plan(), "Ben's plan is not cleared in Anna's name");
            assertEquals(Side.BILATERAL, stored.side(), "Ben's side is not put back to the copy's in Anna's name");
        }
    }
}
