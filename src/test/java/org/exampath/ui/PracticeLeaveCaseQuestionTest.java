package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
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
 * Through the practice window at 1024x700, on a real SQLite file: Start pressed mid-case, or the window closed, asks
 * before the student's findings and answer are lost, and keeping them is the default; with nothing at stake Start
 * asks nothing; a committed attempt not yet kept for want of a name is at stake too.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeLeaveCaseQuestionTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;
    private PracticeStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.open(dir.resolve("practice-leave-" + System.nanoTime() + ".db"));
        store = new PracticeStore(db, Clock.systemUTC());
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private WindowRobot workTheGlutealCase(FxRobot robot, String name) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        if (name != null) {
            window.type("practice-student", name);
        }
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        window.click("ask-f-redflag-cancer_history");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.type("practice-p-1", "70");
        return window;
    }

    private void chooseCase(String title) {
        WindowRobot.onFx(() -> model.chosenProperty().set(model.cases().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow()));
    }

    /** Presses Start outside the robot's wait (the question runs its own event loop) and waits for the question. */
    private DialogPane pressStartAndWaitForTheQuestion(FxRobot robot) throws Exception {
        Platform.runLater(() -> robot.lookup("#practice-start").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#practice-keep-working"));
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static String vignette(FxRobot robot) {
        return robot.lookup("#practice-vignette").queryAs(Label.class).getText();
    }

    @Test
    void startPressedMidCaseAsksFirstAndKeepingTheWorkIsTheDefault(FxRobot robot) throws Exception {
        workTheGlutealCase(robot, "Sam");
        List<String> found = List.copyOf(model.revealed());
        chooseCase("Sitting bone pain in a runner");

        DialogPane asked = pressStartAndWaitForTheQuestion(robot);
        assertEquals("Leave this case?", asked.getHeaderText());
        assertEquals("You are working \u201cCannot lie on that side\u201d: your 2 findings and your answer will be lost, and nothing is"
                + " scored or kept.", asked.getContentText());
        Button keep = robot.lookup("#practice-keep-working").queryAs(Button.class);
        assertTrue(keep.isDefaultButton(), "keeping the work is the default (Enter)");
        assertFalse(robot.lookup("#practice-leave-case").queryAs(Button.class).isDefaultButton());
        robot.clickOn("#practice-keep-working");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(found, List.copyOf(model.revealed()), "the findings are kept");
        assertEquals("Gluteal tendinopathy", model.commitForm().ranks().get(0).hypothesisProperty().get().label());
        assertEquals("70", robot.lookup("#practice-p-1").queryAs(TextField.class).getText(), "the ranking is kept as typed");
        assertTrue(vignette(robot).startsWith("Cannot lie on that side"), "the case open stays open: " + vignette(robot));

        pressStartAndWaitForTheQuestion(robot);
        robot.clickOn("#practice-leave-case");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vignette(robot).startsWith("Sitting bone pain in a runner"), "going on starts the other case: " + vignette(robot));
        assertEquals(List.of(), List.copyOf(model.revealed()));
        assertEquals("", robot.lookup("#practice-p-1").queryAs(TextField.class).getText(), "and its form is empty");
        assertEquals(0, store.attempts("Sam").size(), "nothing of the case left was scored or kept");
    }

    @Test
    void withNothingAtStakeStartAsksNothing(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("practice-case");
        robot.clickOn("Cannot lie on that side");
        window.click("practice-start");
        chooseCase("Sitting bone pain in a runner");
        window.click("practice-start");
        assertTrue(vignette(robot).startsWith("Sitting bone pain in a runner"), "a case opened and left untouched goes unasked");

        window.type("practice-student", "Kim");
        window.click("ask-f-history-region-lateral_hip");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.attempts("Kim").size() == 1);
        chooseCase("Cannot lie on that side");
        window.click("practice-start");
        assertTrue(vignette(robot).startsWith("Cannot lie on that side"), "a committed and kept attempt loses nothing: " + vignette(robot));
        assertFalse(Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && s != stage),
                "no question was left open");
    }

    @Test
    void aCommittedAttemptNotKeptForWantOfANameIsAtStake(FxRobot robot) throws Exception {
        WindowRobot window = workTheGlutealCase(robot, null);
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");
        assertEquals("Enter your name to keep your progress.", robot.lookup("#practice-message").queryAs(Label.class).getText());

        DialogPane asked = pressStartAndWaitForTheQuestion(robot);
        assertEquals("Your attempt on \u201cCannot lie on that side\u201d is not kept: no name was given when it was committed."
                + " Enter your name first to keep it.", asked.getContentText());
        robot.clickOn("#practice-keep-working");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.feedbackProperty().get() != null, "the feedback stays");
    }

    @Test
    void closingThePracticeWindowMidCaseAsksAndKeepingTheWorkLeavesItOpen(FxRobot robot) throws Exception {
        Stage[] opened = new Stage[1];
        WindowRobot.onFx(() -> {
            stage.close();
            opened[0] = PracticeView.show(null, model, PracticeView.class.getResource("/org/exampath/ui/app.css").toExternalForm());
        });
        workTheGlutealCase(robot, "Ann");
        List<String> found = List.copyOf(model.revealed());

        Platform.runLater(() -> opened[0].fireEvent(new WindowEvent(opened[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#practice-keep-working"));
        assertEquals("You are working \u201cCannot lie on that side\u201d: your 2 findings and your answer will be lost, and nothing is"
                + " scored or kept.", robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
        robot.clickOn("#practice-keep-working");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(opened[0].isShowing(), "keeping the work keeps the window open");
        assertEquals(found, List.copyOf(model.revealed()));

        Platform.runLater(() -> opened[0].fireEvent(new WindowEvent(opened[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#practice-leave-case"));
        robot.clickOn("#practice-leave-case");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened[0].isShowing());
        assertFalse(opened[0].isShowing(), "going on closes it");
    }
}
