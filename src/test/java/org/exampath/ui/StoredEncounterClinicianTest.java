package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowser;
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
 * A stored encounter someone else examined (an exam file naming Dr Kemi Adeyemi, imported), opened in the window
 * of Anna Physio from the encounter list or resumed at start, is signed by its examiner: the note and a file saved
 * from it name Kemi while it is as stored, "Kemi; changes by Anna" once Anna changed it, never Anna alone; an
 * encounter that names no examiner is not signed as Anna; Anna's own encounter reads as it always did. On a real
 * SQLite file, as the app runs.
 */
@ExtendWith(ApplicationExtension.class)
class StoredEncounterClinicianTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;
    private Stage main;
    private long kemis;
    private long nobodys;
    private long annas;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("stored-" + System.nanoTime() + ".db"));
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        String version = TestKnowledge.ENGINE.knowledge().version();
        annas = store.create("P-30", "Anna Physio", Exams.of().is("nerve.slump", "negative").exam(), version, null);
        nobodys = imported(store, "P-20", null);
        kemis = imported(store, "P-10", "Dr Kemi Adeyemi");
        // Kemi's encounter is the one left open: the window resumes it at start
        store.close(annas);
        store.close(nobodys);
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, store, "Anna Physio", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        ExamFiles files = new NoFiles();
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    /** Imports, as `import FILE` does, an exam of two findings whose file records {@code clinician} (null: no one). */
    private static long imported(EncounterStore store, String label, String clinician) {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord(label, LocalDate.of(2026, 11, 20), clinician, null, null));
        return store.importAll(List.of(new Encounters.NewEncounter(label, exam, null, null, "key-" + label, null)),
                "Anna Physio", TestKnowledge.ENGINE.knowledge().version()).get(0).id();
    }

    /** Opens encounter {@code id} from File → Encounters… (its Open button) and waits until it is shown. */
    private void openFromList(FxRobot robot, long id) throws Exception {
        Stage[] browser = new Stage[1];
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WindowRobot.onFx(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow()));
        WindowRobot.onFx(() -> robot.lookup("#encounter-open").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.statusProperty().get().startsWith("Opened encounter " + id + " "));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(browser[0].isShowing(), "the list closes once the encounter is opened");
    }

    /** The note as written to a PDF, its text on one line. */
    private String note(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        robot.interact(() -> assertTrue(model.exportNote(pdf), model.errorProperty().get()));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The file File → Save as writes. */
    private String saved(FxRobot robot) throws Exception {
        Path file = dir.resolve("saved-" + System.nanoTime() + ".json");
        robot.interact(() -> assertTrue(model.saveAs(file), model.errorProperty().get()));
        return Files.readString(file).replaceAll("\\s+", "");
    }

    @Test
    void anEncounterKemiExaminedIsSignedByKemiNotByTheWindowUser(FxRobot robot) throws Exception {
        openFromList(robot, annas);
        openFromList(robot, kemis);

        assertEquals("Dr Kemi Adeyemi", model.noteContext().clinician(), "the store says Kemi examined; Anna only opened it");
        String note = note(robot);
        assertTrue(note.contains("Clinician Dr Kemi Adeyemi"), note);
        assertFalse(note.contains("Anna"), "nothing in the note is signed in Anna's name: " + note);
        assertTrue(saved(robot).contains("\"clinician\":\"DrKemiAdeyemi\""), "a file saved from it names its examiner");
    }

    @Test
    void onceTheWindowUserChangesItTheNoteNamesWhoEnteredWhat(FxRobot robot) throws Exception {
        openFromList(robot, annas);
        openFromList(robot, kemis);
        robot.interact(() -> model.session().set("nerve.slump", new FindingValue.Choice("negative")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Dr Kemi Adeyemi; changes by Anna Physio", model.noteContext().clinician());
        assertTrue(note(robot).contains("Clinician Dr Kemi Adeyemi; changes by Anna Physio"));
        assertTrue(saved(robot).contains("\"clinician\":\"DrKemiAdeyemi;changesbyAnnaPhysio\""),
                "a file saved from it does not put Anna's change in Kemi's name");
    }

    @Test
    void anEncounterResumedAtStartIsSignedByWhoExaminedIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.statusProperty().get().contains("Resumed encounter " + kemis + " "));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Dr Kemi Adeyemi", model.noteContext().clinician());
        robot.interact(() -> model.session().set("history.quality.burning", FindingValue.Flag.NO));
        assertEquals("Dr Kemi Adeyemi; changes by Anna Physio", model.noteContext().clinician());
    }

    @Test
    void anEncounterThatNamesNoExaminerIsNotSignedAsTheWindowUser(FxRobot robot) throws Exception {
        openFromList(robot, nobodys);

        assertEquals("", model.noteContext().clinician(), "the store does not know who examined: the note names no one");
        assertFalse(note(robot).contains("Anna"));
        assertFalse(saved(robot).contains("\"clinician\""), "nor does a file saved from it");

        robot.interact(() -> model.session().set("history.quality.burning", FindingValue.Flag.NO));
        assertEquals("not named in the store; changes by Anna Physio", model.noteContext().clinician());
    }

    @Test
    void anEncounterOfTheWindowUsersOwnReadsAsItAlwaysDid(FxRobot robot) throws Exception {
        openFromList(robot, annas);
        assertEquals("Anna Physio", model.noteContext().clinician());

        robot.interact(() -> model.session().set("nerve.slump", new FindingValue.Choice("positive")));
        assertEquals("Anna Physio", model.noteContext().clinician(), "her own changes to her own encounter: her name alone");
        assertTrue(note(robot).contains("Clinician Anna Physio"));
    }

    @Test
    void aFollowUpStartedHereIsTheWindowUsersVisit(FxRobot robot) throws Exception {
        openFromList(robot, kemis);
        robot.interact(() -> model.autosave().followUp(kemis));
        // the follow-up is on screen once it has a last visit (its first save may already have replaced the status line)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.previousProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // Anna examines the patient at the follow-up; the findings it carried over are audited in Kemi's visit
        assertEquals("Anna Physio", model.noteContext().clinician());
    }
}
