package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A practice answer is committed only by its button: the commit is final and is kept in the student's progress
 * and the class scores, so Enter pressed to finish typing a probability leaves the answer open.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeCommitOnlyByButtonTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeStore store;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-enter.db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1180, 780);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void enterAfterTypingAProbabilityDoesNotCommitTheHalfFilledAnswer(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.type("practice-p-1", "60");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.feedbackProperty().get(),
                "Enter in the probability field committed the answer before the red flags, imaging or the second and third "
                        + "ranks were chosen; score " + (model.feedbackProperty().get() == null ? "" : model.feedbackProperty().get().score()));
        assertEquals(0, store.attempts("Sam").size(), "a half-filled attempt is kept in Sam's progress");
        window.click("practice-commit");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.feedbackProperty().get(), "the button commits the answer");
        assertEquals(1, store.attempts("Sam").size(), "the committed attempt is kept in Sam's progress");
    }
}
