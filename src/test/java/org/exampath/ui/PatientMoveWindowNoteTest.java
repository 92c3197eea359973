package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowser;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
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
 * An encounter ben moved from patient P-1 to P-2, opened in Anna's window from the encounter list: the note the window
 * writes says "Moved here from another patient's record by ben at …", as its audit holds it; an encounter never moved says nothing
 * of the kind; a move made in the window (the label changed, the exam saved) is in its note from then on. On a real
 * SQLite file, as the app runs.
 */
@ExtendWith(ApplicationExtension.class)
class PatientMoveWindowNoteTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;
    private Stage main;
    private long moved;
    private long kept;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("moved-" + System.nanoTime() + ".db"));
        String version = TestKnowledge.ENGINE.knowledge().version();
        EncounterStore earlier = new EncounterStore(db, DatabaseTestAccess.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        moved = earlier.create("P-1", "anna", Exams.of().is("nerve.slump", "negative").exam(), version, null);
        earlier.save(moved, "P-2", earlier.load(moved).orElseThrow().exam(), "ben");
        kept = earlier.create("P-3", "anna", Exams.of().is("nerve.slump", "negative").exam(), version, null);
        earlier.close(moved);
        earlier.close(kept);
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, store, "anna", Clock.systemUTC());
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("anna");
        stage.setScene(ExamView.scene(new ExamView(model, new NoFiles())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    /** Opens encounter {@code id} from File → Encounters… (its Open button) and waits until it is shown. */
    private void openFromList(FxRobot robot, long id) throws Exception {
        WindowRobot.onFx(() -> EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WindowRobot.onFx(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow()));
        WindowRobot.onFx(() -> robot.lookup("#encounter-open").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.statusProperty().get().startsWith("Opened encounter " + id + " "));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String note(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        robot.interact(() -> assertTrue(model.exportNote(pdf), model.errorProperty().get()));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoteOfAMovedEncounterSaysByWhomAndWhenWithoutTheOtherLabelAndAnotherSaysNothingOfIt(FxRobot robot) throws Exception {
        String line = "Moved here from another patient's record by ben at " + Describe.minute(DatabaseTestAccess.CLOCK.instant().toString());
        openFromList(robot, moved);
        assertEquals(List.of(line), model.noteContext().moves());
        String note = note(robot);
        assertTrue(note.contains(line), note);
        assertFalse(note.contains("P-1"), "the other patient's label stays out of this patient's note");
        openFromList(robot, kept);
        assertEquals(List.of(), model.noteContext().moves(), "the last encounter's move is not carried to the next");
        assertFalse(note(robot).contains("Moved here"));
    }

    @Test
    void aMoveMadeInThisWindowIsInItsNoteOnceSaved(FxRobot robot) throws Exception {
        openFromList(robot, kept);
        assertEquals(List.of(), model.noteContext().moves());
        robot.interact(() -> model.session().patientLabelProperty().set("P-4"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.noteContext().moves().size() == 1);
        assertTrue(model.noteContext().moves().get(0).startsWith("Moved here from another patient's record by anna at "),
                model.noteContext().moves().toString());
        assertTrue(note(robot).contains("Moved here from another patient's record by anna at "));
    }
}
