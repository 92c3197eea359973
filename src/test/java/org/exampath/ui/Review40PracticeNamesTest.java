package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
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
 * Review 40: practice mode read by a screen reader. A student ranks three hypotheses and gives each a probability;
 * each probability field must say which rank it belongs to, not only "%".
 */
@ExtendWith(ApplicationExtension.class)
class Review40PracticeNamesTest {
    @TempDir
    static Path dir;
    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-names.db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachProbabilityFieldSaysWhichRankItIsFor(FxRobot robot) {
        Platform.runLater(() -> {
            model.chosenProperty().set(model.cases().get(0));
            model.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node second = robot.lookup("#practice-p-2").query();
        String spoken = Review40AccessibleNamesTest.spoken(second);
        assertTrue(spoken.contains("2") || spoken.toLowerCase().contains("next") || spoken.toLowerCase().contains("second"),
                "the probability field of the second-ranked hypothesis is read as " + spoken
                + ": the three fields sound the same, so a student cannot tell which probability they are typing");
    }
}
