package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.store.PracticeRecords;
import org.exampath.ui.practice.PracticeView;
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
 * An attempt committed before the name is typed, through the practice window at 1024x700 (real SQLite file): it is kept
 * under the name once the name is finished (Enter, leaving the field, closing the window), never at a pause in typing
 * (review 32, finding 1).
 */
@ExtendWith(ApplicationExtension.class)
class PracticeNameSettledWhenFinishedTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeStore store;

    private PracticeViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.open(dir.resolve("practice-" + System.nanoTime() + ".db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Sam Okafor commits before typing his name, as the window then asks him to. He types "Sam", pauses a second to find
     * the capital O, types " Okafor" and presses Enter. An 800 ms pause used to "settle" the name: the attempt was stored
     * for good under "Sam", a student record he never named, and his own progress under "Sam Okafor" lacked it.
     */
    @Test
    void anAttemptIsNotKeptUnderANameHalfTypedDuringAPauseInTyping(FxRobot robot) throws Exception {
        WindowRobot window = commitWithoutAName(robot);

        window.type("practice-student", "Sam");
        Thread.sleep(1200); // a pause to find the next key, no Enter, focus still in the field
        robot.write(" Okafor");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitForQueuedWrites();
        String told = robot.lookup("#practice-message").queryAs(Label.class).getText();
        assertEquals(List.of(1, 0), List.of(store.attempts("Sam Okafor").size(), store.attempts("Sam").size()),
                "[attempts under 'Sam Okafor', under 'Sam']: the attempt was kept under the half-typed name 'Sam' at a pause"
                        + " in typing; the window said: " + told);
    }

    /**
     * Sam types his whole name and, without pressing Enter or leaving the field, closes the window: closing is the end
     * of his typing, so the attempt is kept under the name in the field and the window asks nothing (there is nothing
     * left to lose).
     */
    @Test
    void closingTheWindowWithTheNameTypedKeepsTheAttemptUnderItWithoutAsking(FxRobot robot) throws Exception {
        Stage[] opened = new Stage[1];
        WindowRobot.onFx(() -> {
            stage.close();
            opened[0] = PracticeView.show(null, model, PracticeView.class.getResource("/org/exampath/ui/app.css").toExternalForm());
        });
        WindowRobot window = commitWithoutAName(robot);
        window.type("practice-student", "Sam Okafor");
        assertEquals(0, store.attempts("Sam Okafor").size(), "sanity: not kept while the name is still being typed");

        Platform.runLater(() -> opened[0].fireEvent(new WindowEvent(opened[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened[0].isShowing());
        waitForQueuedWrites();
        assertEquals(1, store.attempts("Sam Okafor").size(), "the attempt is kept under the name in the field when the window closes");
        assertFalse(Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()),
                "nothing was at stake, so no question was asked");
    }

    /** Works "Cannot lie on that side" with no name given and commits it; the window asks for the name. */
    private static WindowRobot commitWithoutAName(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");
        assertEquals("Enter your name to keep your progress.", robot.lookup("#practice-message").queryAs(Label.class).getText(),
                "sanity: the window asks for the name after the commit");
        return window;
    }

    /** The store writes in order: once a write queued now is done, any the window queued before it is done too. */
    private void waitForQueuedWrites() throws Exception {
        store.record(new PracticeRecords.NewAttempt("Marker", "none", 0, false, List.of(), 0, null)).get(10, TimeUnit.SECONDS);
    }
}
