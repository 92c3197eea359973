package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.exchange.ExamWriter;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window without a store opens an exam file whose clinician entered no visit date (File → Open…, Ctrl+O) and exports
 * its note (File → Export note…, Ctrl+P). The note says the visit date was not recorded and gives today only as the day
 * the note was made; the file name it suggests claims no date either ("undated"), where a dated exam's names its date.
 */
@ExtendWith(ApplicationExtension.class)
class UndatedExamFileNoteTest {
    @TempDir
    static Path dir;

    private final Files files = new Files();
    private ExamViewModel model;

    /** Opens the file the test names and writes the note where it says, keeping the name the window suggested. */
    private static final class Files implements ExamFiles {
        Path toOpen;
        Path note;
        String suggested;

        @Override
        public Optional<Path> chooseOpen(Window owner) {
            return Optional.of(toOpen);
        }

        @Override
        public Optional<Path> chooseSave(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseNote(Window owner, String suggestedName) {
            suggested = suggestedName;
            return Optional.of(note);
        }
    }

    @Start
    void start(Stage stage) {
        model = new ExamViewModel(new ExamSession(TestKnowledge.ENGINE));
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    /** Opens an exam file of patient P-9 with this visit date (null: none entered) and exports its note by the keys. */
    private String openAndExport(FxRobot robot, LocalDate date) throws Exception {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord("P-9", date, null, null, null));
        files.toOpen = java.nio.file.Files.write(dir.resolve("exam-" + System.nanoTime() + ".json"), new ExamWriter().write(exam));
        files.note = dir.resolve("note-" + System.nanoTime() + ".pdf");
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "P-9".equals(model.session().patientLabelProperty().get()));
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(files.note));
        try (PDDocument doc = Loader.loadPDF(files.note.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoteOfAnUndatedExamSaysSoAndItsSuggestedNameClaimsNoDate(FxRobot robot) throws Exception {
        String today = LocalDate.now().toString();
        String text = openAndExport(robot, null);
        assertTrue(text.contains("Visit date not recorded (note made " + today + ")"), text);
        assertFalse(text.contains("Date " + today), "the note gives today as the visit's date: " + text);
        assertEquals("P-9-undated.pdf", files.suggested,
                "the note's suggested file name dates a visit whose clinician entered no date");
    }

    @Test
    void theNoteOfADatedExamIsNamedAfterItsDate(FxRobot robot) throws Exception {
        String text = openAndExport(robot, LocalDate.of(2026, 11, 2));
        assertTrue(text.contains("Date 2026-11-02"), text);
        assertEquals("P-9-2026-11-02.pdf", files.suggested);
    }
}
