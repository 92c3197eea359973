package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
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
 * A number left mistyped (marked invalid, not recorded) does not stay on screen once another exam is
 * opened or a new one started: the form shows the exam the panel assesses.
 */
@ExtendWith(ApplicationExtension.class)
class FormFollowsReplacedExamTest {
    @TempDir
    Path dir;

    private ExamSession session;
    private Path fileToOpen;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        ExamViewModel model = new ExamViewModel(session);
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.ofNullable(fileToOpen);
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    private void openWithControlO(FxRobot robot, String json) throws Exception {
        fileToOpen = Files.writeString(dir.resolve("next.json"), json);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOpenedExamsAgeReplacesAnAgeLeftMistyped(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-age", "200");
        openWithControlO(robot, "{\"format\":\"exam/1\",\"patient\":{\"age\":45,\"sex\":\"male\"}}");
        assertEquals(45, session.exam().patient().age(), "the opened exam is assessed at 45");
        TextField age = robot.lookup("#patient-age").queryAs(TextField.class);
        assertEquals("45", age.getText(), "the age field shows the age the panel is using");
        assertFalse(age.getStyleClass().contains("invalid"), "the opened exam's age is not marked as a mistake");
    }

    @Test
    void aNewExamClearsAnAgeLeftMistyped(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-age", "200");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField age = robot.lookup("#patient-age").queryAs(TextField.class);
        assertEquals("", age.getText(), "a new exam starts with an empty age field, not the last patient's typo");
    }

    @Test
    void anOpenedExamsPainScoreReplacesAScoreLeftMistyped(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("f-history-nrs_now", "12");
        openWithControlO(robot, "{\"format\":\"exam/1\",\"findings\":{\"history.nrs_now\":7}}");
        assertEquals(new FindingValue.Count(7), session.exam().value("history.nrs_now"));
        TextField nrs = robot.lookup("#f-history-nrs_now").queryAs(TextField.class);
        assertEquals("7", nrs.getText(), "the pain score field shows the opened exam's 7, not the earlier typo");
    }
}
