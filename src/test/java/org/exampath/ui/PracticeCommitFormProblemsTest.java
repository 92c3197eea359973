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
import javafx.scene.control.TextField;
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
 * A ranked line the answer cannot hold (a probability with no hypothesis beside it, one hypothesis ranked
 * twice, or a hypothesis below an empty rank) is named in one line and blocks the commit; the student's answer stays on screen, nothing is scored
 * or stored, and once the line is put right the answer commits with what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeCommitFormProblemsTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeStore store;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-problems-" + System.nanoTime() + ".db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1180, 780);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private WindowRobot startGlutealCase(FxRobot robot, String student) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", student);
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.type("practice-p-1", "70");
        return window;
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#practice-commit-problem").queryAs(Label.class).getText();
    }

    @Test
    void aProbabilityOnARankWithNoHypothesisIsNamedAndBlocksTheCommitUntilAHypothesisIsChosen(FxRobot robot) throws Exception {
        WindowRobot window = startGlutealCase(robot, "Kim");
        window.type("practice-p-2", "20");
        assertEquals("Probability 2: 20% is given, but no hypothesis is chosen on rank 2.", problem(robot));
        assertTrue(robot.lookup("#practice-p-2").query().getStyleClass().contains("invalid"), "the field is marked");
        assertTrue(robot.lookup("#practice-commit").query().isDisabled(), "the commit waits until the line is put right");
        WindowRobot.onFx(model::commit);
        assertNull(model.feedbackProperty().get(), "nothing is scored while a probability has no hypothesis");
        assertEquals(0, store.attempts("Kim").size(), "nothing is kept in Kim's progress");
        assertEquals("20", robot.lookup("#practice-p-2").queryAs(TextField.class).getText(), "what she typed stays on screen");
        assertEquals(problem(robot), model.messageProperty().get(), "a commit asked for in code is refused with the same line");

        choose(robot, window, 2, "Deep gluteal syndrome (piriformis / sciatic entrapment)");
        assertEquals("", problem(robot));
        assertFalse(robot.lookup("#practice-p-2").query().getStyleClass().contains("invalid"), "the mark goes with the problem");
        window.click("practice-commit");
        assertNotNull(model.feedbackProperty().get(), "put right, the answer commits");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Kim").size() == 1);
        assertEquals(1, store.attempts("Kim").size());
    }

    @Test
    void oneHypothesisRankedTwiceIsNamedAndBlocksTheCommitUntilADifferentOneIsChosen(FxRobot robot) throws Exception {
        WindowRobot window = startGlutealCase(robot, "Lee");
        choose(robot, window, 2, "Deep gluteal syndrome (piriformis / sciatic entrapment)");
        choose(robot, window, 3, "Gluteal tendinopathy");
        window.type("practice-p-3", "5");
        assertEquals("Rank 3: Gluteal tendinopathy is already ranked 1; choose a different hypothesis.", problem(robot));
        assertTrue(robot.lookup("#practice-rank-3").query().getStyleClass().contains("invalid"), "the repeated choice is marked");
        assertTrue(robot.lookup("#practice-commit").query().isDisabled(), "the commit waits until the line is put right");
        WindowRobot.onFx(model::commit);
        assertNull(model.feedbackProperty().get(), "nothing is scored while a hypothesis is ranked twice");
        assertEquals(0, store.attempts("Lee").size(), "nothing is kept in Lee's progress");
        assertEquals("5", robot.lookup("#practice-p-3").queryAs(TextField.class).getText(), "what he typed stays on screen");

        choose(robot, window, 3, "Sacroiliac joint pain");
        assertEquals("", problem(robot));
        assertFalse(robot.lookup("#practice-rank-3").query().getStyleClass().contains("invalid"), "the mark goes with the problem");
        window.click("practice-commit");
        assertNotNull(model.feedbackProperty().get(), "put right, the answer commits");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Lee").size() == 1);
        assertEquals(1, store.attempts("Lee").size());
    }

    @Test
    void aHypothesisRankedSecondWithTheFirstRankEmptyIsNamedNotScoredAsTheFirstChoice(FxRobot robot) throws Exception {
        WindowRobot window = startGlutealCase(robot, "Ana");
        window.click("practice-clear-1");
        choose(robot, window, 2, "Gluteal tendinopathy");
        assertEquals("Rank 2: Gluteal tendinopathy is chosen, but rank 1 is empty; rank your first choice first.", problem(robot));
        assertTrue(robot.lookup("#practice-rank-2").query().getStyleClass().contains("invalid"), "the out-of-place choice is marked");
        assertFalse(robot.lookup("#practice-p-2").query().getStyleClass().contains("invalid"), "its probability is not at fault");
        assertTrue(robot.lookup("#practice-commit").query().isDisabled(), "the commit waits until the ranks are in order");
        WindowRobot.onFx(model::commit);
        assertNull(model.feedbackProperty().get(), "a second choice is never scored as the leading one");
        assertEquals(0, store.attempts("Ana").size());

        choose(robot, window, 1, "Gluteal tendinopathy");
        assertEquals("Rank 2: Gluteal tendinopathy is already ranked 1; choose a different hypothesis.", problem(robot));
        window.click("practice-clear-2");
        assertEquals("", problem(robot));
        window.click("practice-commit");
        assertNotNull(model.feedbackProperty().get(), "in order, the answer commits");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Ana").size() == 1);
        assertEquals(1, store.attempts("Ana").size());
    }

    /** Opens the rank's list and clicks the hypothesis in it (not the same words shown on another rank). */
    private static void choose(FxRobot robot, WindowRobot window, int rank, String label) {
        window.click("practice-rank-" + rank);
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell").match(org.testfx.util.NodeQueryUtils.isVisible())
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(label)).query();
        WindowRobot.click(robot, cell);
    }

    @Test
    void aRankChosenByMistakeIsTakenBackWithItsClearButton(FxRobot robot) throws Exception {
        WindowRobot window = startGlutealCase(robot, "Max");
        choose(robot, window, 2, "Gluteal tendinopathy");
        window.type("practice-p-2", "30");
        assertEquals("Rank 2: Gluteal tendinopathy is already ranked 1; choose a different hypothesis.", problem(robot));
        window.click("practice-clear-2");
        assertEquals("", problem(robot), "the emptied line has nothing wrong with it");
        assertEquals("", robot.lookup("#practice-p-2").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#practice-clear-2").query().isDisabled(), "an empty line has nothing to clear");
        assertEquals("70", robot.lookup("#practice-p-1").queryAs(TextField.class).getText(), "the other lines are kept");
        window.click("practice-commit");
        assertNotNull(model.feedbackProperty().get(), "the answer commits with the one rank left");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Max").size() == 1);
        assertEquals(1, store.attempts("Max").size());
    }
}
