package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of record keeping, finding 15 (REVIEW-records.md): a follow-up more than two years after the last visit
 * can never be stored. It carries the last visit's age, the store works a birth year out from today's year and that
 * stale age and refuses the create as "a different birth year"; every retry sends the same carried-over exam, so
 * correcting the age on screen does not help. Autosave as the window runs it, on a real SQLite file. Fails as
 * reviewed.
 */
class LateFollowUpReviewRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aFollowUpTwoAndAHalfYearsLaterIsStoredWithTheAgeEnteredAtIt() {
        Clock in2024 = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC);
        Clock in2026 = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            long first = new EncounterStore(db, in2024, org.exampath.TestKnowledge.SUMMARISER).create("P-70", "anna",
                    Exams.of().patient(40, Sex.FEMALE).is("nerve.slump", "positive").exam(), "v", null);

            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, new EncounterStore(db, in2026, org.exampath.TestKnowledge.SUMMARISER), "anna", in2026);
            autosave.runStatusUpdatesWith(Runnable::run);
            autosave.retryEvery(java.time.Duration.ofMillis(20));
            autosave.followUp(first).join();
            session.setPatient(new Patient(42, Sex.FEMALE)); // the clinician puts today's age right
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            autosave.flush();
            Long second = autosave.encounterIdProperty().get();
            String status = autosave.statusProperty().get();
            autosave.shutdown();
            assertNotNull(second, "the follow-up was never stored: " + status);
            assertNotEquals(first, second.longValue());
            assertEquals(42, new EncounterStore(db, in2026, org.exampath.TestKnowledge.SUMMARISER).load(second).orElseThrow().exam().patient().age());
        }
    }
}
