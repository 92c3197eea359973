package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review 38, finding 6: with a resisted test half entered (MRC 3 chosen, its pain answer not yet), Export note… writes
 * and files a note that says nothing of that weakness, without a word; leaving or quitting asks first (review 34, §4).
 */
@ExtendWith(ApplicationExtension.class)
class Review38HalfTestNoteTest {
    @TempDir
    static Path dir;
    private ExamWindow window;
    private Path note;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        note = folder.resolve("note.pdf");
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
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
                return Optional.of(note);
            }
        };
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, files);
        window.show(stores.sqlite(Database.open(folder.resolve("half.db"))));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void exportingANoteWithAResistedTestHalfEnteredAsksFirstOrSaysSoOnTheNote(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Weak patient");
        form.go(Step.STRENGTH);
        form.click("f-strength-hip_external_rotation-grade-3");
        assertTrue(form.node("f-strength-hip_external_rotation-half").isVisible(), "precondition: the grade waits for its pain answer");
        assertEquals(1, window.model().halfEntered().size(), "precondition: the window knows a test is half entered");

        Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-export-note".equals(i.getId())).findFirst().orElseThrow().fire());
        boolean asked;
        try {
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent() || Files.exists(note));
            asked = robot.lookup(".dialog-pane").tryQuery().isPresent();
        } catch (TimeoutException e) {
            asked = false;
        }
        WaitForAsyncUtils.waitForFxEvents();
        String text = "";
        if (Files.exists(note)) {
            try (PDDocument doc = Loader.loadPDF(note.toFile())) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
        }
        boolean named = text.contains("Hip external rotation") || text.contains("hip external rotation");
        String status = window.model().statusProperty().get() + " / " + window.model().errorProperty().get();
        assertTrue(asked || named, "Export note… wrote a note that says nothing of the MRC 3 chosen for hip external rotation"
                + " (its pain answer not yet chosen), and asked nothing; the window said: " + status + "; the note: " + text);
    }
}
