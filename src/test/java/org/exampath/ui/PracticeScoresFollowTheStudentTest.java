package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.practice.Answer;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a shared practice computer "Your scores over time" shows only the attempts of the name in the field:
 * the next student, named or not, never sees the last student's scores, and Sam's come back with Sam's name.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeScoresFollowTheStudentTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-scores-" + System.nanoTime() + ".db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1180, 780);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void samCommitsOneAttempt() throws Exception {
        Platform.runLater(() -> {
            model.studentProperty().set("Sam");
            model.chosenProperty().set(model.cases().get(0));
            model.start();
            model.commit(new Answer(List.of("lumbar_radicular"), Map.of(), Set.of(), "urgent", Set.of()));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.attempts().size() == 1);
    }

    @Test
    void anotherStudentWithNoNameDoesNotSeeTheLastStudentsScores() throws Exception {
        samCommitsOneAttempt();

        Platform.runLater(() -> {
            model.studentProperty().set("");
            model.chosenProperty().set(model.cases().get(1));
            model.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), List.copyOf(model.attempts()),
                "the next student, no name given, is shown Sam's scores as 'Your scores over time'");
    }

    @Test
    void typingAnotherNameTakesTheLastStudentsScoresAwayAndSamsNameBringsThemBack() throws Exception {
        samCommitsOneAttempt();
        Platform.runLater(() -> model.studentProperty().set("Alex"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), List.copyOf(model.attempts()), "Alex, feedback still on screen, is shown Sam's scores");

        Platform.runLater(() -> {
            model.studentProperty().set("Sam");
            model.chosenProperty().set(model.cases().get(1));
            model.start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.attempts().size() == 1);
        assertEquals(model.cases().get(0).name(), model.attempts().get(0).caseName(), "Sam's one attempt is back");
    }
    @Test
    void theNameTypedAnotherWayFindsSamsProgressAndTheLineUnderTheNameSaysHowMuch(org.testfx.api.FxRobot robot) throws Exception {
        javafx.scene.control.Label note = robot.lookup("#practice-name-note").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Your name keeps your progress between sessions.", note.getText());
        samCommitsOneAttempt();
        Platform.runLater(() -> {
            model.studentProperty().set("  SAM ");
            model.chosenProperty().set(model.cases().get(1));
            model.start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.attempts().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Progress found for this name: 1 attempt on 1 case. Not all yours? Add an initial.", note.getText(), "a second Sam starting a case is told the name already holds progress");
    }
}
