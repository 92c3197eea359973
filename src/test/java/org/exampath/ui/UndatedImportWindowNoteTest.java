package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
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
 * On a real SQLite file as the app runs: an exam file that records no visit date, imported on 2020-01-15 and opened
 * later from the Encounters list, is listed under its import day, but the window's note, copied summary and Save As
 * never give that day as the visit's, nor date its negative red-flag screen with it (as {@code report ID} and
 * {@code export ID} do not).
 */
@ExtendWith(ApplicationExtension.class)
class UndatedImportWindowNoteTest {
    private static final String IMPORT_DAY = "2020-01-15";

    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC()), "anna", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        stage.setScene(ExamView.scene(new ExamView(model, new NoFiles())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    /** Imports, as `import FILE` does on IMPORT_DAY, an exam with every red-flag question answered no and no visit date. */
    private long importedUndated() {
        Exam exam = Exam.empty();
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            exam = exam.with(d.id(), FindingValue.Flag.NO);
        }
        exam = exam.withPatient(new Patient(40, Sex.MALE)).withSide(Side.LEFT)
                .withRecord(new org.exampath.domain.ExamRecord("P-8", null, null, null, null));
        EncounterStore importer = new EncounterStore(db,
                Clock.fixed(java.time.Instant.parse(IMPORT_DAY + "T10:00:00Z"), java.time.ZoneOffset.UTC));
        return importer.importAll(List.of(new Encounters.NewEncounter("P-8", exam, null, null, "key-P-8", null)),
                "anna", TestKnowledge.SHIPPED.version()).get(0).id();
    }

    private void openFromList(FxRobot robot, long id) throws Exception {
        EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave, () -> true);
        browser.runUpdatesWith(javafx.application.Platform::runLater);
        robot.interact(() -> browser.queryProperty().set("P-8"));
        browser.search().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !browser.rows().isEmpty());
        var row = browser.rows().get(0);
        assertEquals(id, row.id());
        assertEquals(IMPORT_DAY, row.date(), "precondition: the list shows the import day");
        browser.open(row).orElseThrow().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "P-8".equals(model.session().patientLabelProperty().get()));
    }

    @Test
    void theNoteOfAnUndatedImportNeitherDatesTheVisitNorTheScreenWithTheImportDay(FxRobot robot) throws Exception {
        openFromList(robot, importedUndated());
        String today = LocalDate.now().toString();

        Path note = dir.resolve("note-" + System.nanoTime() + ".pdf");
        robot.interact(() -> assertTrue(model.exportNote(note), model.errorProperty().get()));
        String text;
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Visit date not recorded (note made " + today + ")"), text);
        assertTrue(text.contains("Red-flag screen complete, negative (visit date not recorded)"), text);
        assertFalse(text.contains(IMPORT_DAY), "the note gives the import day as a date of the visit: " + text);

        String summary = model.summaryText();
        assertFalse(summary.contains(IMPORT_DAY), "the summary gives the import day as a date of the visit: " + summary);
        assertTrue(summary.contains("negative (visit date not recorded)"), summary);
    }

    @Test
    void saveAsOfAnUndatedImportRecordsNoVisitDate(FxRobot robot) throws Exception {
        openFromList(robot, importedUndated());

        Path file = dir.resolve("visit-" + System.nanoTime() + ".json");
        robot.interact(() -> assertTrue(model.saveAs(file), model.errorProperty().get()));

        String json = Files.readString(file);
        assertTrue(new ObjectMapper().readTree(json).path("encounter").path("date").isMissingNode(),
                "Save As wrote the import day as the visit's date, which export ID never does: " + json);
    }
}
