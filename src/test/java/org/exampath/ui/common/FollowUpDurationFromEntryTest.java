package org.exampath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.reasoning.FollowUp;
import org.exampath.report.FindingOrigins;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain of follow-ups stored on a real SQLite file, each started as the window starts one (the last visit's findings,
 * the pain's duration moved forward from the visit FindingOrigins.enteredAt traces it to): the duration counts the
 * whole time since it was entered, rounded once, however many follow-ups lie between, and a duration entered again at
 * a follow-up is counted from there.
 */
class FollowUpDurationFromEntryTest {
    private static final String DURATION = "history.duration_weeks";
    private final FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);

    @TempDir
    Path dir;

    /** Noon of day {@code day} of November 2026, in the computer's own zone (the day a visit is dated with). */
    private static Clock day(int day) {
        ZoneId zone = ZoneId.systemDefault();
        Instant noon = java.time.LocalDate.of(2026, 11, day).atTime(12, 0).atZone(zone).toInstant();
        return Clock.fixed(noon, zone);
    }

    /** Stores, on day {@code day}, a follow-up of {@code last} started as the window starts one; returns it as stored. */
    private Encounters.Encounter followUpOn(Database db, Encounters.Encounter last, int day) {
        EncounterStore store = new EncounterStore(db, day(day), TestKnowledge.SUMMARISER);
        Exam start = StartingExams.durationMoved(followUp, followUp.startFrom(last.exam()), DURATION, last,
                FindingOrigins.enteredAt(store, last, DURATION), day(day));
        long id = store.create("Chain patient", "anna", start, "k", last.id(), null);
        return store.load(id).orElseThrow();
    }

    private static FindingValue duration(Encounters.Encounter e) {
        return e.exam().value(DURATION);
    }

    @Test
    void aChainOfFollowUpsThreeDaysApartCountsTheWholeTimeSinceTheEntry() throws Exception {
        try (Database db = Database.open(dir.resolve("chain.db"))) {
            EncounterStore first = new EncounterStore(db, day(1), TestKnowledge.SUMMARISER);
            long id = first.create("Chain patient", "kemi", Exams.of().patient(45, Sex.FEMALE).count(DURATION, 3).exam(), "k", null, null);
            Encounters.Encounter day0 = first.load(id).orElseThrow();
            Encounters.Encounter at = day0;
            for (int day = 4; day <= 10; day += 3) {
                at = followUpOn(db, at, day);
            }
            assertEquals(new FindingValue.Count(4), duration(at), "3 weeks on 1 November, read on the 10th (9 days on)");
            assertEquals(day0.id(), FindingOrigins.enteredAt(first, at, DURATION).id(), "traced back to the visit that entered it");
        }
    }

    @Test
    void aDurationEnteredAgainAtAFollowUpIsCountedFromThatFollowUp() throws Exception {
        try (Database db = Database.open(dir.resolve("again.db"))) {
            EncounterStore first = new EncounterStore(db, day(1), TestKnowledge.SUMMARISER);
            long id = first.create("Chain patient", "kemi", Exams.of().patient(45, Sex.FEMALE).count(DURATION, 3).exam(), "k", null, null);
            Encounters.Encounter day5 = followUpOn(db, first.load(id).orElseThrow(), 5);
            EncounterStore fifth = new EncounterStore(db, day(5), TestKnowledge.SUMMARISER);
            fifth.save(day5.id(), null, day5.exam().with(DURATION, new FindingValue.Count(10)), "anna");
            Encounters.Encounter retyped = fifth.load(day5.id()).orElseThrow();
            Encounters.Encounter day9 = followUpOn(db, retyped, 9);
            assertEquals(new FindingValue.Count(11), duration(day9), "10 weeks typed on the 5th, read on the 9th (4 days on)");
            assertEquals(day5.id(), FindingOrigins.enteredAt(fifth, day9, DURATION).id());
        }
    }
}
