package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.cli.Commands;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The same exam file gives the same note from the window's Export note… as from {@code report FILE}: the file's
 * exam has no label, so both print "(no label)" (never the file's name), and both name the pertinent negatives.
 */
@ExtendWith(ApplicationExtension.class)
class NoteSameFromWindowAndReportTest {
    @TempDir
    static Path dir;

    private ExamViewModel model;

    private static Path fromWindow() {
        return dir.resolve("window.pdf");
    }

    @Start
    void start(Stage stage) {
        model = new ExamViewModel(new ExamSession(TestKnowledge.ENGINE));
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.of(fromWindow());
            }
        };
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theWindowsExportedNoteReadsAsTheReportCommandsWordForWord(FxRobot robot) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path exam = dir.resolve("ux-developing-cauda-equina.json");
        Files.write(exam, json.writeValueAsBytes(json.readTree(TestKnowledge.resource(
                "validation/developing-cauda-equina-normal-exam-one-incontinence-episode-30m.json").toFile()).get("exam")));

        robot.interact(() -> assertTrue(model.open(exam), model.errorProperty().get()));
        model.opening().get(10, TimeUnit.SECONDS);
        robot.interact(() -> model.go(Step.SUMMARY));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#export-note").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(fromWindow()));

        Path fromReport = dir.resolve("report.pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Commands(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("report", exam.toString(), "--out", fromReport.toString(), "--db", dir.resolve("none.db").toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

        String window = text(fromWindow());
        assertEquals(window, text(fromReport), "the window and the report command write the same note");
        String flat = window.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Patient (no label), 30 y"), flat);
        assertTrue(flat.contains("• Saddle sensation: normal"), flat);
        assertTrue(flat.contains("• Saddle or perianal numbness: no"), flat);
    }
}
