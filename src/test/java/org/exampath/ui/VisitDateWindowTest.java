package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real SQLite file as the app runs: the note and the copied summary of a visit opened again from
 * the Encounters list carry that visit's date, not today's; an exam file opened in the window is stored
 * with the visit date it records, the date its note carries (as `import` stores it).
 */
@ExtendWith(ApplicationExtension.class)
class VisitDateWindowTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        ExamFiles files = new NoFiles();
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void theNoteOfAnEarlierVisitOpenedFromTheListIsDatedWithThatVisitNotToday(FxRobot robot) throws Exception {
        // a visit stored on 2020-01-15, reopened later from the Encounters list
        EncounterStore earlier = new EncounterStore(db,
                Clock.fixed(java.time.Instant.parse("2020-01-15T10:00:00Z"), java.time.ZoneOffset.UTC), org.exampath.TestKnowledge.SUMMARISER);
        long id = earlier.create("P-7", "anna", Exams.of().is("nerve.slump", "positive").exam(), TestKnowledge.SHIPPED.version(), null);
        EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
        browser.runUpdatesWith(javafx.application.Platform::runLater);
        robot.interact(() -> browser.queryProperty().set("P-7"));
        browser.search().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !browser.rows().isEmpty());
        var row = browser.rows().get(0);
        assertEquals(id, row.id());
        assertEquals("2020-01-15", row.date());
        browser.open(row).orElseThrow().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "P-7".equals(model.session().patientLabelProperty().get()));
        // `exampath report 1` dates this encounter's note 2020-01-15; the window's note and summary say today
        assertEquals("2020-01-15", model.noteContext().date(), "the note and the copied summary give the visit's date");
        assertTrue(model.summaryText().lines().findFirst().orElseThrow().endsWith(", 2020-01-15."), model.summaryText());
        assertTrue(model.suggestedNoteName().endsWith("-2020-01-15.pdf"), model.suggestedNoteName());
    }

    @Test
    void anExamFileOpenedWithAStoreIsStoredWithTheVisitDateItsNoteCarries(FxRobot robot) throws Exception {
        org.exampath.domain.Exam exam = Exams.of().is("nerve.slump", "positive").exam()
                .withRecord(new org.exampath.domain.ExamRecord("P-9", java.time.LocalDate.of(2020, 3, 1), null, null, null));
        Path file = dir.resolve("visit-" + System.nanoTime() + ".json");
        java.nio.file.Files.write(file, new org.exampath.exchange.ExamWriter().write(exam));
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        assertEquals("2020-03-01", model.noteContext().date(), "sanity: the note is dated with the file's visit");
        var rows = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).list("P-9", 10);
        assertEquals(1, rows.size(), "one encounter made: " + rows);
        // stored with the file's visit date, as `exampath import` stores it: the list, `report ID` and the note of the
        // encounter reopened later agree with the note printed now
        assertEquals("2020-03-01", rows.get(0).date(), "the stored encounter's date");
    }
}
