package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.exampath.ui.practice.PracticeLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15 (8): the teacher's cases folder is read off the JavaFX thread, and a pipe or endless device there is skipped. */
@ExtendWith(ApplicationExtension.class)
class PracticeCasesFolderTest {
    @TempDir
    static Path dir;

    private Database db;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        model = new ExamViewModel(new ExamSession(TestKnowledge.ENGINE));
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.listWindows().stream().filter(this::isPractice).forEach(w -> robot.interact(() -> ((Stage) w).close()));
        db.close();
    }

    private boolean isPractice(Window w) {
        return w instanceof Stage s && "ExamPath: practice".equals(s.getTitle()) && s.isShowing();
    }

    private Optional<Window> practiceWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(this::isPractice).findFirst();
    }

    private void openPractice(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private Path casesFolder() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        assertEquals(0, new ProcessBuilder("mkfifo", cases.resolve("a-stuck-pipe.json").toString()).start().waitFor());
        Files.createSymbolicLink(cases.resolve("b-endless.json"), Path.of("/dev/zero"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode teacher = (ObjectNode) json.readTree(Path.of("assets/cases/deep-gluteal-sitting-burn.json").toFile());
        teacher.put("name", "teacher-case").put("title", "A case from the teacher");
        json.writeValue(cases.resolve("c-teacher.json").toFile(), teacher);
        return cases;
    }

    @Test
    void aPipeAndAnEndlessDeviceAreSkippedAndTheTeachersOtherCaseLoads(FxRobot robot) throws Exception {
        Path cases = casesFolder();
        model.setPractice(() -> PracticeLibrary.open(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()), cases));
        openPractice(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> practiceWindow(robot).isPresent());
        Window practice = practiceWindow(robot).orElseThrow();
        String message = robot.from(practice.getScene().getRoot()).lookup("#practice-message").queryAs(Label.class).getText();
        assertTrue(message.contains("a-stuck-pipe.json: is not a regular file"), message);
        assertTrue(message.contains("b-endless.json: is not a regular file"), message);
        ComboBox<?> list = robot.from(practice.getScene().getRoot()).lookup("#practice-case").queryAs(ComboBox.class);
        assertTrue(list.getItems().stream().anyMatch(c -> c.toString().contains("A case from the teacher")), "the teacher's case is offered");
    }

    @Test
    void theWindowAnswersWhileTheCasesAreBeingRead(FxRobot robot) throws Exception {
        CountDownLatch diskIsSlow = new CountDownLatch(1);
        model.setPractice(() -> {
            try {
                diskIsSlow.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PracticeLibrary.open(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()), dir.resolve("none"));
        });
        openPractice(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Reading the practice cases…", model.statusProperty().get());
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("step-nerve");
        assertEquals(Step.NERVE, model.stepProperty().get(), "the exam window still takes clicks");
        assertTrue(practiceWindow(robot).isEmpty());
        diskIsSlow.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> practiceWindow(robot).isPresent());
    }
}
