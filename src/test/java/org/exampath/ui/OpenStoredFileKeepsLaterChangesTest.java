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
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
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
 * An exam file imported, then changed by a colleague, then opened in the window: the window finds the encounter
 * already stored from it (the import's content key), shows it as stored with the colleague's change, says so,
 * and never writes the file's older value back over it.
 */
@ExtendWith(ApplicationExtension.class)
class OpenStoredFileKeepsLaterChangesTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("stored-file-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "Anna Physio", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        stage.setScene(ExamView.scene(new ExamView(model, new NoFiles())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    @Test
    void aFileImportedAndChangedSinceOpensAsStored(FxRobot robot) throws Exception {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord("P-12", LocalDate.of(2026, 11, 20), "Dr Kemi Adeyemi", null, null));
        Path file = Files.write(dir.resolve("exam-" + System.nanoTime() + ".json"), new ExamWriter().write(exam));
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        CommandImport imported = new CommandImport(store, exam);
        store.save(imported.id, "P-12", store.load(imported.id).orElseThrow().exam()
                .with("nerve.slump", new FindingValue.Choice("negative")), "Ben Okafor");

        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.statusProperty().get().contains("already stored"));
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, store.count(), "the visit is stored once: " + store.list("", 10));
        assertEquals(Long.valueOf(imported.id), autosave.encounterIdProperty().get());
        assertEquals(new FindingValue.Choice("negative"), store.load(imported.id).orElseThrow().exam().value("nerve.slump"),
                "Ben's later change stands in the store");
        assertEquals(new FindingValue.Choice("negative"), model.session().exam().value("nerve.slump"), "and on screen");
        assertEquals("Dr Kemi Adeyemi; changes by Ben Okafor", model.noteContext().clinician());
    }

    /** The file stored as `import FILE` stores it: under its content key. */
    private static final class CommandImport {
        final long id;

        CommandImport(EncounterStore store, Exam exam) {
            id = store.importAll(java.util.List.of(new org.exampath.store.Encounters.NewEncounter("P-12", exam, null, null,
                    org.exampath.store.ImportKey.of("P-12", exam))), "", TestKnowledge.ENGINE.knowledge().version()).get(0).id();
        }
    }
}
