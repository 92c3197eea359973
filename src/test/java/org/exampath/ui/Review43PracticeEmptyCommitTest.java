package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Button;
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
 * Review 43, finding 4. Through the practice window at 1024x700 on a real SQLite file: a commit is final and kept in
 * the student's progress (and, on a class's server, in the teacher's class scores), so an empty form is not one.
 */
@ExtendWith(ApplicationExtension.class)
class Review43PracticeEmptyCommitTest {
    @TempDir
    static Path dir;
    private Database db;
    private PracticeStore store;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("empty-commit-" + System.nanoTime() + ".db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Sam starts "Cannot lie on that side", asks two questions and, to see what the button under the form does,
     * presses "Commit and see feedback". With nothing ranked, no flag ticked and no imaging chosen, the case is closed
     * for good, scored 0 and kept in his progress; a second try of the case is his second attempt.
     */
    @Test
    void aFormWithNothingRankedOrTickedIsNotCommitted(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        WindowRobot.onFx(() -> model.chosenProperty().set(model.cases().stream()
                .filter(c -> c.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow()));
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("ask-f-history-aggravator-side_lying");
        Button commit = robot.lookup("#practice-commit").queryAs(Button.class);
        boolean offered = !commit.isDisabled();
        if (offered) {
            window.click("practice-commit");
        }
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        int kept = store.attempts("Sam").size();
        assertEquals("not committed, 0 kept", (model.feedbackProperty().get() == null ? "not committed" : "committed") + ", " + kept + " kept",
                "an empty form (commit offered: " + offered + ") was taken as the answer: "
                        + (model.feedbackProperty().get() == null ? "" : "score " + model.feedbackProperty().get().score()
                        + ", the case closed"));
    }
}
