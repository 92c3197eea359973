package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.chart.LineChart;
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

/** A student plays one case end to end: choose tests, commit, read the feedback. */
@ExtendWith(ApplicationExtension.class)
class PracticeWindowTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice.db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1180, 780);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStudentWorksTheGlutealCaseAndLearnsWhy(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        assertTrue(robot.lookup("#practice-vignette").queryAs(Label.class).getText().contains("cannot lie on that side at night"));
        assertTrue(robot.lookup("#practice-engine-panel").tryQuery().isEmpty(), "the engine's panel is hidden before the commit");

        window.click("ask-f-history-region-lateral_hip");
        window.click("ask-f-redflag-cancer_history");
        window.click("ask-f-provocation-single_leg_stance_30s");
        window.click("ask-f-nerve-crossed_slr");
        assertEquals(List.of("Lateral hip (over the greater trochanter): yes", "History of cancer: no",
                "Single-leg stance 30 s: positive", "Crossed straight-leg raise: unremarkable"), List.copyOf(model.revealed()));

        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.type("practice-p-1", "150");
        assertEquals("Probability 1: \"150\" is not a percentage from 0 to 100.",
                robot.lookup("#practice-commit-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#practice-p-1").query().getStyleClass().contains("invalid"), "the field is marked");
        assertTrue(robot.lookup("#practice-commit").query().isDisabled(), "an invalid probability blocks the commit, it is not dropped");
        window.type("practice-p-1", "80");
        assertEquals("", robot.lookup("#practice-commit-problem").queryAs(Label.class).getText());
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");

        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        assertTrue(text.startsWith("Feedback\nScore: "), "the result comes first: " + text);
        int total = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();
        assertTrue(text.contains("Red-flag screen not complete: 1 of " + total + " questions asked."), text);
        assertFalse(text.contains("all seen"), "one screening question is not a screen");
        assertTrue(text.contains("Working diagnosis: right. Gluteal tendinopathy."), text);
        assertTrue(text.contains("Your tests (2), "), text);
        assertTrue(text.contains("Crossed straight-leg raise: "), "each of the student's own tests is named: " + text);
        VBox right = (VBox) feedback.getParent();
        assertEquals(feedback, right.getChildren().get(0), "feedback sits above the commit form");
        assertTrue(robot.lookup(".scroll-pane").queryAll().stream().noneMatch(sp -> sp != robot.lookup("#practice-right").query()
                && isInside(sp, robot.lookup("#practice-right").query())), "no scroll area inside the feedback's scroll area");
        assertTrue(text.contains("Calibration: Brier score 0.004, better than guessing 1/10 for each (0.090). Lower is better; 0 is perfect."),
                "the line says which is better: " + text);
        assertTrue(text.contains("single-leg stance is the most specific bedside sign"), text);
        assertTrue(robot.lookup("#practice-engine-panel").tryQuery().isPresent(), "the engine's panel after the commit");
        // the attempt is stored by the store's writer, off the JavaFX thread; the chart follows when it is
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            LineChart<?, ?> shown = robot.lookup("#practice-chart").queryAs(LineChart.class);
            return !shown.getData().isEmpty() && shown.getData().get(0).getData().size() == 1;
        });
        LineChart<?, ?> chart = robot.lookup("#practice-chart").queryAs(LineChart.class);
        assertEquals(1, chart.getData().get(0).getData().size(), "one attempt on the progress chart");
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        assertEquals(1.0, x.getLowerBound());
        assertEquals(1.0, x.getTickUnit(), "attempts are whole numbers");
        assertFalse(chart.isVisible(), "one attempt is no line: the chart waits for the second");
        assertTrue(robot.lookup("#practice-score-so-far").queryAs(Label.class).getText().contains("/ 100 on your first attempt"),
                "the first score is told as a number");
    }

    @Test
    void aConfidentWrongAnswerIsToldItScoresWorseThanAGuess(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Kim");
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("practice-rank-1");
        robot.clickOn("Lumbar radicular pain");
        window.type("practice-p-1", "90");
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");

        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        // 90% on a wrong hypothesis and none on the right one: (0.81 + 1) / 10, twice what guessing 1/10 scores
        assertTrue(text.contains("Calibration: Brier score 0.181, worse than guessing 1/10 for each (0.090). Lower is better; 0 is perfect."),
                "a score above the guess is called worse, and lower is said to be better: " + text);
    }

    @Test
    void anEmergencyTheStudentUncoveredIsActedOnNotTestedFurther(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Ana");
        window.click("practice-case");
        robot.clickOn("Back and both legs, and something else");
        window.click("practice-start");
        window.click("ask-f-redflag-saddle_anaesthesia");
        window.click("ask-f-redflag-bladder_bowel_change");
        window.click("ask-f-neuro-sensation-saddle");
        window.click("ask-f-nerve-slr");
        window.click("practice-rank-1");
        robot.clickOn("Lumbar radicular pain");
        window.click("practice-imaging-urgent");
        window.click("practice-commit");

        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        assertTrue(text.contains("judged against the emergency"), text);
        assertTrue(text.contains("Saddle sensation: on the path: it checks the emergency."), "the check that confirms the flag counts: " + text);
        assertTrue(text.contains("Straight-leg raise: not graded: it does not bear on the emergency, which comes first."), text);
        assertFalse(text.contains("not on the engine's path"), "no test is called off the path while the emergency stands: " + text);
        assertFalse(text.contains("The engine would also have done"), "no further tests are suggested in an emergency: " + text);
    }

    @Test
    void aStudentWhoSkipsTheQuestionsThatShowAnEmergencyIsSentBackToThemNotToMoreTests(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Ben");
        window.click("practice-case");
        robot.clickOn("Back and both legs, and something else");
        window.click("practice-start");
        window.click("ask-f-redflag-cancer_history");
        window.click("ask-f-nerve-slr");
        window.click("practice-rank-1");
        robot.clickOn("Lumbar radicular pain");
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");

        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        assertTrue(text.contains("Before any test, the engine would have asked Saddle or perianal numbness, New bladder or bowel change"), text);
        assertFalse(text.contains("The engine would also have done"), "no slump or SIJ tests suggested in a cauda equina case: " + text);
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
