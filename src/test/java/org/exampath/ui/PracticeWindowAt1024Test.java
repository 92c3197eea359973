package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
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
 * The practice window at 1024×700: every ask button lies within the visible width of the questions column
 * (long labels wrap inside their button; no sideways scroll), and each rank's Clear button keeps its word.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeWindowAt1024Test {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-1024.db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void startFirstCase() {
        Platform.runLater(() -> {
            model.chosenProperty().set(model.cases().get(0));
            model.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyAskButtonStartsInsideTheVisibleWidthOfItsColumn(FxRobot robot) {
        startFirstCase();
        ScrollPane ask = (ScrollPane) robot.lookup("#practice-ask").query().getParent().getParent().getParent();
        Bounds viewport = ask.localToScene(ask.getLayoutBounds());
        List<String> cut = new ArrayList<>();
        for (Node b : robot.lookup(".ask-button").queryAll()) {
            Bounds bounds = b.localToScene(b.getLayoutBounds());
            if (bounds.getMaxX() > viewport.getMaxX() + 0.5) {
                cut.add(((Button) b).getText());
            }
        }
        assertEquals(List.of(), cut, "ask buttons run past the right edge of the questions column at 1024×700");
    }

    @Test
    void eachRanksClearButtonReadsClear(FxRobot robot) {
        startFirstCase();
        List<String> shown = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Button clear = robot.lookup("#practice-clear-" + i).queryAs(Button.class);
            shown.add(((Text) clear.lookup(".text")).getText());
        }
        assertEquals(List.of("Clear", "Clear", "Clear"), shown, "the Clear buttons are squeezed to an ellipsis");
    }
}
