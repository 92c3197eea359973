package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
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
 * Review of record keeping, finding 12 (REVIEW-records.md): File → Open of an exam file stores it as a new
 * encounter keyed by a fresh random create key, so opening the same file again (or opening a file `import`
 * already stored) stores the same visit a second time, where `import` says "already imported". Set up as
 * OpenedFileClinicianTest. Fails as reviewed.
 */
@ExtendWith(ApplicationExtension.class)
class OpenSameFileTwiceReviewRecordsTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("twice-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "Anna Physio", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
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
    void openingTheSameExamFileAgainDoesNotStoreTheVisitTwice(FxRobot robot) throws Exception {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord("P-11", LocalDate.of(2026, 11, 20), "Dr Kemi Adeyemi", null, null));
        Path file = Files.write(dir.resolve("exam-" + System.nanoTime() + ".json"), new ExamWriter().write(exam));
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        autosave.flush();
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        assertEquals(1, store.count(), "the visit of 2026-11-20 is stored "
                + store.count() + " times: " + store.list("", 10));
        assertEquals(first, autosave.encounterIdProperty().get(), "the file opens into the encounter made from it");
    }
}
