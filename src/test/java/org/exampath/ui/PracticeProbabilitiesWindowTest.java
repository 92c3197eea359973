package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
 * Through the practice window at 1024x700, on a real SQLite file: a blank probability is not graded as 0% (the
 * feedback judges the figures given and says so, and no Brier score is kept), and figures that contradict the
 * ranking are named and hold the commit until put right.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeProbabilitiesWindowTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeStore store;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-figures-" + System.nanoTime() + ".db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private WindowRobot rankTwo(FxRobot robot, String student) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", student);
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        choose(robot, window, 1, "Gluteal tendinopathy");
        choose(robot, window, 2, "Deep gluteal syndrome (piriformis / sciatic entrapment)");
        window.click("practice-imaging-not_indicated");
        return window;
    }

    private static void choose(FxRobot robot, WindowRobot window, int rank, String label) {
        window.click("practice-rank-" + rank);
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell").match(org.testfx.util.NodeQueryUtils.isVisible())
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(label)).query();
        WindowRobot.click(robot, cell);
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#practice-commit-problem").queryAs(Label.class).getText();
    }

    @Test
    void aBlankFigureOnTheRightAnswerIsNotGradedAsZeroAndNoBrierScoreIsKept(FxRobot robot) throws Exception {
        WindowRobot window = rankTwo(robot, "Ola");
        window.type("practice-p-2", "20");
        assertEquals("", problem(robot), "a figure on rank 2 alone is allowed: each figure is optional");
        window.click("practice-commit");

        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        assertTrue(text.contains("Calibration, on the figure you gave only (rank 1 has none, and a blank is not read as 0%): Deep"
                + " gluteal syndrome (piriformis / sciatic entrapment) 20%, not the case's answer; squared error 0.040"), text);
        assertFalse(text.contains("Brier score 0."), "no Brier score is given: " + text);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Ola").size() == 1);
        assertNull(store.attempts("Ola").get(0).brier(), "and none is kept with the attempt");
    }

    @Test
    void figuresThatContradictTheRankingAreNamedAndHoldTheCommitUntilPutRight(FxRobot robot) throws Exception {
        WindowRobot window = rankTwo(robot, "Pat");
        window.type("practice-p-1", "10");
        window.type("practice-p-2", "90");
        assertEquals("Probability 2 (90%) is above rank 1's (10%): reorder the ranks or the figures.", problem(robot));
        assertTrue(robot.lookup("#practice-p-2").query().getStyleClass().contains("invalid"), "the figure is marked");
        assertTrue(robot.lookup("#practice-commit").query().isDisabled(), "the commit waits, as for the form's other problems");
        WindowRobot.onFx(model::commit);
        assertNull(model.feedbackProperty().get(), "nothing is scored on a contradiction");
        assertEquals(problem(robot), model.messageProperty().get(), "a commit asked for in code is refused with the same line");

        window.type("practice-p-1", "90");
        assertEquals("", problem(robot), "equal figures agree with the ranking");
        assertFalse(robot.lookup("#practice-p-2").query().getStyleClass().contains("invalid"), "the mark goes with the problem");
        window.click("practice-commit");
        assertNotNull(model.feedbackProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Pat").size() == 1);
        assertNotNull(store.attempts("Pat").get(0).brier(), "a figure on every rank is scored and kept");
    }
}
