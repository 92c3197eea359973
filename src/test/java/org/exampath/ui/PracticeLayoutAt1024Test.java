package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
 * The practice window at 1024x700 (review finding 18): the name field is labelled, the red flags read one a line,
 * Commit is in view without scrolling, and the scores become a chart only from the second attempt.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeLayoutAt1024Test {
    @TempDir
    Path dir;

    private Database db;
    private PracticeViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.open(dir.resolve("practice-layout.db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void startCase(WindowRobot window, FxRobot robot) {
        window.click("practice-case");
        robot.clickOn("Burning after fifteen minutes of sitting");
        window.click("practice-start");
    }

    @Test
    void theNameFieldIsLabelled(FxRobot robot) {
        Node name = robot.lookup("#practice-student").query();
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getLabelFor() == name && l.getText().contains("name")), "a label names the field");
    }

    @Test
    void theRedFlagsReadOneALineAndCommitIsInViewWithoutScrolling(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        startCase(window, robot);
        List<CheckBox> flags = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("practice-flag-")).toList();
        assertTrue(flags.size() > 2, "the flags are offered");
        double left = flags.get(0).localToScene(flags.get(0).getLayoutBounds()).getMinX();
        for (int i = 1; i < flags.size(); i++) {
            Bounds above = flags.get(i - 1).localToScene(flags.get(i - 1).getLayoutBounds());
            Bounds here = flags.get(i).localToScene(flags.get(i).getLayoutBounds());
            assertEquals(left, here.getMinX(), 0.5, flags.get(i).getText() + " starts its own line");
            assertTrue(here.getMinY() >= above.getMaxY(), flags.get(i).getText() + " sits under " + flags.get(i - 1).getText());
        }
        Node commit = robot.lookup("#practice-commit").query();
        Bounds b = commit.localToScene(commit.getLayoutBounds());
        assertTrue(b.getMinY() >= 0 && b.getMaxY() <= stage.getScene().getHeight() && b.getMaxX() <= stage.getScene().getWidth(),
                "Commit is in view at 1024x700 before any scroll: " + b + " in " + stage.getScene().getWidth() + "x"
                        + stage.getScene().getHeight());
    }

    @Test
    void theFirstScoreIsTextAndTheChartComesWithTheSecond(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        for (int attempt = 1; attempt <= 2; attempt++) {
            startCase(window, robot);
            window.click("ask-f-history-quality-burning");
            window.click("practice-rank-1");
            robot.clickOn("Gluteal tendinopathy");
            window.click("practice-commit");
            int expected = attempt;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.attempts().size() == expected);
            WaitForAsyncUtils.waitForFxEvents();
            LineChart<?, ?> chart = robot.lookup("#practice-chart").queryAs(LineChart.class);
            Label soFar = robot.lookup("#practice-score-so-far").queryAs(Label.class);
            if (attempt == 1) {
                assertFalse(chart.isVisible(), "one point on a 1..2 axis says nothing");
                assertTrue(soFar.isVisible() && soFar.getText().contains("/ 100 on your first attempt"), soFar.getText());
            } else {
                assertTrue(chart.isVisible(), "two attempts make a line");
                assertEquals(2, chart.getData().get(0).getData().size());
                assertFalse(soFar.isVisible(), "the chart replaces the text");
            }
        }
    }
}
