package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.FindingConflict;
import org.exampath.ui.common.RecoveryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recovery copy kept for a named encounter (File > Open of a leftover copy) is opened onto the encounter as it is
 * stored now, its side, age, sex, assessment and plan as its findings: only what the copy changed from its base is
 * applied, and where a colleague changed the same entry since, their value stands and the clash is shown on the status
 * line and held in the conflict panel, the copy's value beside theirs. Anna's copy and Ben's saves share one SQLite file.
 */
class RecoveredCopyKeepsColleaguesEntriesTest {
    private static final String PLAN = "Same-day MRI: saddle change";

    @TempDir
    Path dir;

    @Test
    void aCopyThatChangedOnlyAFindingNeverPutsBackTheSideAndPlanAColleagueChangedSince() throws Exception {
        try (Database annasApp = Database.open(dir.resolve("shared.db")); Database bensApp = Database.open(dir.resolve("shared.db"))) {
            EncounterStore annas = new EncounterStore(annasApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            EncounterStore bens = new EncounterStore(bensApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            long id = annas.create("Ida", "anna", Exams.of().yes("history.region.deep_mid_buttock").exam().withSide(Side.LEFT), "v", null);
            Encounters.Encounter asKept = annas.load(id).orElseThrow();
            Exam base = asKept.exam();
            // Anna's unsaved change, kept in a recovery copy: one finding, nothing else
            Exam copy = base.with("history.aggravator.sitting", FindingValue.Flag.YES);

            // meanwhile Ben corrects the side and writes the plan
            Exam his = bens.load(id).orElseThrow().exam();
            bens.save(id, "Ida", his.withSide(Side.BILATERAL).withRecord(his.record().withPlan(PLAN)), "ben");

            opened(annas, asKept, copy, base);

            Exam stored = bens.load(id).orElseThrow().exam();
            assertEquals(FindingValue.Flag.YES, stored.value("history.aggravator.sitting"), "the copy's own change is restored");
            assertEquals(PLAN, stored.record().plan(), "Ben's plan is not cleared in Anna's name");
            assertEquals(Side.BILATERAL, stored.side(), "Ben's side is not put back to the copy's in Anna's name");
        }
    }

    @Test
    void entriesBothChangedKeepTheColleaguesValueAndShowTheClashWhileTheCopysOwnChangesApply() throws Exception {
        try (Database annasApp = Database.open(dir.resolve("shared.db")); Database bensApp = Database.open(dir.resolve("shared.db"))) {
            EncounterStore annas = new EncounterStore(annasApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            EncounterStore bens = new EncounterStore(bensApp, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
            Exam made = Exams.of().yes("history.region.deep_mid_buttock").exam().withSide(Side.LEFT).withPatient(new Patient(66, null));
            long id = annas.create("Ida", "anna", made, "v", null);
            Encounters.Encounter asKept = annas.load(id).orElseThrow();
            Exam base = asKept.exam();
            // Anna's copy: the side and the plan, which Ben changes too, and the sex and assessment, which he leaves alone
            Exam copy = base.withSide(Side.RIGHT).withPatient(base.patient().withSex(Sex.FEMALE))
                    .withRecord(base.record().withPlan("Review in two weeks").withAssessment("Gluteal tendinopathy likely"));

            Exam his = bens.load(id).orElseThrow().exam();
            bens.save(id, "Ida", his.withSide(Side.BILATERAL).withPatient(his.patient().withAge(72))
                    .withRecord(his.record().withPlan(PLAN)), "ben");

            Autosave anna = autosave(annas);
            String line = anna.openRecovered(RecoveryFiles.Kept.of(annas, asKept), copy, "Ida", base, copyFile()).get();
            List<FindingConflict> shown = List.copyOf(anna.conflicts());
            anna.flush();
            anna.shutdown();

            Exam stored = bens.load(id).orElseThrow().exam();
            assertEquals(PLAN, stored.record().plan(), "both changed the plan: Ben's stands");
            assertEquals(Side.BILATERAL, stored.side(), "both changed the side: Ben's stands");
            assertEquals(72, stored.patient().age(), "only Ben changed the age");
            assertEquals(Sex.FEMALE, stored.patient().sex(), "only the copy changed the sex");
            assertEquals("Gluteal tendinopathy likely", stored.record().assessment(), "only the copy changed the assessment");
            assertEquals(List.of("encounter.side", "encounter.plan"), shown.stream().map(FindingConflict::finding).toList(),
                    "the side and plan clashes are in the conflict panel");
            assertEquals(List.of("right", "Review in two weeks"), shown.stream().map(FindingConflict::yours).toList(),
                    "the copy's side and plan are held there, not lost");
            assertEquals(List.of("bilateral", PLAN), shown.stream().map(FindingConflict::theirs).toList());
            assertTrue(line.contains("the side (bilateral, set by ben, where the copy has right)"), line);
        }
    }

    private Path copyFile() throws Exception {
        return Files.writeString(dir.resolve("copy.exam.json"), "{}");
    }

    /** Anna's window opening her copy of {@code asKept} and saving it. */
    private void opened(EncounterStore annas, Encounters.Encounter asKept, Exam copy, Exam base) throws Exception {
        Autosave anna = autosave(annas);
        anna.openRecovered(RecoveryFiles.Kept.of(annas, asKept), copy, "Ida", base, copyFile()).get();
        anna.flush();
        anna.shutdown();
    }

    private static Autosave autosave(EncounterStore store) {
        Autosave anna = new Autosave(new ExamSession(TestKnowledge.ENGINE), store, "anna", DatabaseTestAccess.CLOCK);
        anna.runStatusUpdatesWith(Runnable::run);
        return anna;
    }
}
