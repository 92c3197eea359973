package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A visit is dated with the clinic's own day (the computer's zone), though the app hands its stores a UTC clock
 * ({@code App.start}): stored, listed and noted with the date its note carried when it was written, also where that
 * day is not the UTC day (an evening visit in the Americas, a morning one in Australia).
 */
@ExtendWith(ApplicationExtension.class)
class VisitLocalDateTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aVisitIsStoredListedAndNotedWithTheClinicsOwnDate() throws Exception {
        TimeZone before = TimeZone.getDefault();
        // a zone whose date differs from the UTC date right now: UTC-12 before noon UTC, UTC+14 after
        ZoneId local = ZonedDateTime.now(ZoneOffset.UTC).getHour() < 12 ? ZoneId.of("Etc/GMT+12") : ZoneId.of("Pacific/Kiritimati");
        TimeZone.setDefault(TimeZone.getTimeZone(local));
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            String today = LocalDate.now(local).toString();
            assertNotEquals(LocalDate.now(ZoneOffset.UTC).toString(), today, "sanity: the dates differ in this zone now");
            AtomicReference<ExamSession> session = new AtomicReference<>();
            AtomicReference<ExamViewModel> model = new AtomicReference<>();
            WindowRobot.onFx(() -> {
                session.set(new ExamSession(TestKnowledge.ENGINE));
                model.set(new WindowStores(Map.of(), dir, Clock.systemUTC()).sqlite(db).model(session.get())); // as App.start
                session.get().patientLabelProperty().set("P-3");
                session.get().set("history.region.lateral_hip", FindingValue.Flag.YES);
            });
            model.get().autosave().flush();
            AtomicReference<String> noteDateWhenWritten = new AtomicReference<>();
            WindowRobot.onFx(() -> noteDateWhenWritten.set(model.get().noteContext().date()));
            assertEquals(today, noteDateWhenWritten.get(), "sanity: the note of the visit is dated with the computer's date");
            long id = model.get().autosave().encounterIdProperty().get();
            String stored = model.get().autosave().store().load(id).orElseThrow().date();
            String listed = model.get().autosave().store().list("", 10).get(0).date();
            model.get().autosave().load(id).join();
            AtomicReference<String> noteDateReopened = new AtomicReference<>();
            WindowRobot.onFx(() -> noteDateReopened.set(model.get().noteContext().date()));
            assertEquals(today, stored + "", "the encounter is stored with the visit's date here, not the UTC date");
            assertEquals(today, listed, "the Encounters list shows the visit's date");
            assertEquals(noteDateWhenWritten.get(), noteDateReopened.get(), "the same visit's note keeps its date once opened again");
            model.get().autosave().shutdown();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
