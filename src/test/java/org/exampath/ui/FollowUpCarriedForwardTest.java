package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up visits, on a real SQLite file: what a follow-up carries over from the last visit, and how
 * its note and its red-flag screen treat it.
 */
class FollowUpCarriedForwardTest {
    private static final Clock OCT_1 = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock NOV_12 = Clock.fixed(Instant.parse("2026-11-12T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /**
     * Kemi examines on 1 October: slump positive, piriformis palpation familiar. Anna starts the
     * follow-up on 12 November and re-examines only the slump (now negative). Anna's copied summary still reports
     * "piriformis familiar" as an observation of this visit, under her name and today's date, with nothing saying it
     * was carried over from Kemi's visit and not examined today.
     */
    @Test
    void theFollowUpNoteMarksFindingsCarriedOverAndNotExaminedToday() {
        Path file = dir.resolve("exampath.db");
        long first;
        try (Database db = Database.open(file)) {
            ExamSession kemi = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(kemi, new EncounterStore(db, OCT_1, TestKnowledge.SUMMARISER), "Dr Kemi Adeyemi", OCT_1);
            save.runStatusUpdatesWith(Runnable::run);
            kemi.patientLabelProperty().set("P-31");
            kemi.set("nerve.slump", new FindingValue.Choice("positive"));
            kemi.set("palpation.piriformis", new FindingValue.Choice("familiar"));
            save.flush();
            first = save.encounterIdProperty().get();
            save.shutdown();
        }
        try (Database db = Database.open(file)) {
            ExamSession anna = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(anna, new EncounterStore(db, NOV_12, TestKnowledge.SUMMARISER), "Anna Physio", NOV_12);
            save.runStatusUpdatesWith(Runnable::run);
            ExamViewModel model = new ExamViewModel(anna, save);
            model.clinicianProperty().set("Anna Physio");
            save.followUp(first).join();
            anna.set("nerve.slump", new FindingValue.Choice("negative"));
            save.flush();
            assertEquals(new FindingValue.Choice("familiar"), anna.exam().value("palpation.piriformis"),
                    "sanity: the piriformis finding is carried over, not examined today");
            String summary = model.summaryText();
            String signed = model.noteContext().clinician();
            save.shutdown();
            String observation = summary.lines().filter(l -> l.toLowerCase().contains("piriformis")).findFirst().orElse("");
            assertTrue(!observation.isEmpty(), "sanity: the summary names the piriformis finding: " + summary);
            assertTrue(observation.matches("(?is).*(last visit|carried|2026-10-01|not re-?examined|Kemi).*"),
                    "signed '" + signed + "', the follow-up's summary reports a finding only carried over from Kemi's visit of"
                            + " 2026-10-01 as observed today, with no mark: " + observation + "\n--- whole summary:\n" + summary);
        }
    }

    /**
     * The pain's duration is carried over as the number of weeks entered at the last visit: six weeks
     * later the follow-up still reads "2 weeks". A 45-year-old with unexplained weight loss whose pain has now lasted
     * eight weeks meets the urgent malignancy level (weight loss with pain for 4 weeks or more); the follow-up's screen
     * holds the flag at soon, because it reads the stale 2 weeks as today's. The age is carried forward and said so on the
     * status line; the duration is not.
     */
    @Test
    void aFollowUpSixWeeksLaterDoesNotReadThePainAsStillTwoWeeksOld() {
        Path file = dir.resolve("exampath.db");
        long first;
        try (Database db = Database.open(file)) {
            ExamSession visit = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(visit, new EncounterStore(db, OCT_1, TestKnowledge.SUMMARISER), "Anna Physio", OCT_1);
            save.runStatusUpdatesWith(Runnable::run);
            visit.patientLabelProperty().set("P-32");
            visit.setPatient(visit.exam().patient().withAge(45));
            visit.set("history.duration_weeks", new FindingValue.Count(2));
            save.flush();
            first = save.encounterIdProperty().get();
            save.shutdown();
        }
        try (Database db = Database.open(file)) {
            ExamSession visit = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(visit, new EncounterStore(db, NOV_12, TestKnowledge.SUMMARISER), "Anna Physio", NOV_12);
            save.runStatusUpdatesWith(Runnable::run);
            save.followUp(first).join();
            String started = save.statusProperty().get();
            visit.set("redflag.unexplained_weight_loss", FindingValue.Flag.YES);
            save.flush();
            FindingValue duration = visit.exam().value("history.duration_weeks");
            String malignancy = visit.assessment().redFlags().stream().filter(f -> f.id().equals("malignancy"))
                    .map(f -> f.level().name()).findFirst().orElse("not raised");
            String status = save.statusProperty().get();
            String withTrueDuration = TestKnowledge.ENGINE.assess(visit.exam().with("history.duration_weeks", new FindingValue.Count(8)))
                    .redFlags().stream().filter(f -> f.id().equals("malignancy")).map(f -> f.level().name()).findFirst().orElse("not raised");
            save.shutdown();
            assertEquals("URGENT", withTrueDuration, "sanity: with the 8 weeks the pain has now lasted, the flag is urgent");
            assertEquals("URGENT", malignancy, "six weeks after a visit that recorded 2 weeks of pain the follow-up reads the"
                    + " duration as " + (duration == null ? "not recorded" : duration.display()) + " and holds the malignancy flag for"
                    + " unexplained weight loss at " + malignancy + ", not urgent (weight loss with pain for 4 weeks or more);"
                    + " status line: " + status);
            assertEquals(new FindingValue.Count(8), duration, "2 weeks then, 42 days ago: 8 weeks now");
            assertTrue(started.contains("Duration carried forward from 2 weeks then to 8 weeks now: check it."),
                    "the status line tells the clinician, as for the age: " + started);
        }
    }
}
