package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

/**
 * A student can ask for Freiberg's, Pace's and Beatty's signs in practice: the deep gluteal case holds Freiberg and
 * Pace positive and no Beatty, and the feedback says why the signs added nothing (no likelihood ratio), not that
 * their family was already answered.
 */
@ExtendWith(ApplicationExtension.class)
class PracticePiriformisSignsTest {
    @TempDir
    Path dir;

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
    void theSignsAreAskedRevealedAndExplainedInTheFeedback(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        window.click("practice-case");
        robot.clickOn("Burning after fifteen minutes of sitting");
        window.click("practice-start");

        window.click("ask-f-nerve-freiberg");
        window.click("ask-f-nerve-pace");
        window.click("ask-f-nerve-beatty");
        window.click("ask-f-nerve-active_piriformis");
        assertEquals(List.of("Freiberg's sign (forced internal rotation, hip straight): positive",
                "Pace's sign (resisted abduction and external rotation, seated): positive",
                "Beatty's test (side-lying abduction, knee bent): unremarkable", "Active piriformis: positive"),
                List.copyOf(model.revealed()));
        assertTrue(window.node("ask-f-nerve-freiberg").isDisabled(), "a revealed sign is not asked twice");

        window.click("practice-rank-1");
        robot.clickOn("Deep gluteal syndrome (piriformis / sciatic entrapment)");
        window.click("practice-commit");
        VBox feedback = robot.lookup("#practice-feedback").queryAs(VBox.class);
        String text = String.join("\n", feedback.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
        assertTrue(text.contains("Freiberg's sign (forced internal rotation, hip straight): added nothing (it carries no likelihood"
                + " ratio, so it moves no estimate)."), text);
        assertTrue(text.contains("Pace's sign (resisted abduction and external rotation, seated): added nothing (it carries no"
                + " likelihood ratio, so it moves no estimate)."), text);
        assertTrue(text.contains("Beatty's test (side-lying abduction, knee bent): added nothing (it carries no likelihood ratio, so it"
                + " moves no estimate)."), "the case holds no Beatty, and no study weighs it either: " + text);
        assertFalse(text.contains("Active piriformis: added nothing (it carries no"), "a weighed test is never told it has no LR: " + text);
    }
}
