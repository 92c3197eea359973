package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * Review 43, finding 5. Through the practice window at 1024x700 on a real SQLite file: a history question answered
 * with a number or a kind (how long, how it began, how bad) that the case leaves out is not called "unremarkable".
 */
@ExtendWith(ApplicationExtension.class)
class Review43PracticeUnstatedHistoryTest {
    @TempDir
    static Path dir;
    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("unstated-" + System.nanoTime() + ".db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Sam opens "Back and both legs, and something else" (low back pain "for a week", the story says) and asks first
     * what every history starts with: how long, how it began, how bad now. The screen answers "Duration (weeks):
     * unremarkable", "Onset: unremarkable" and "Pain now (0–10): unremarkable": words for a test result, which read as
     * "nothing of note", in a case where a week of pain is part of the cauda equina picture.
     */
    @Test
    void aHistoryQuestionTheCaseLeavesOutIsNotAnsweredUnremarkable(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        WindowRobot.onFx(() -> model.chosenProperty().set(model.cases().stream()
                .filter(c -> c.name().equals("cauda-equina-emergency")).findFirst().orElseThrow()));
        window.click("practice-start");
        window.click("ask-f-history-duration_weeks");
        window.click("ask-f-history-onset");
        window.click("ask-f-history-nrs_now");
        List<String> shown = List.copyOf(model.revealed());
        assertFalse(shown.stream().anyMatch(line -> line.endsWith("unremarkable")),
                "how long, how it began and how bad are called unremarkable where the case does not say: " + shown);
    }
}
