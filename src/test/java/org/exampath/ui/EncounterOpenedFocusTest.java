package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Encounters… (Ctrl+E), then Enter on the only match: once the stored encounter is on screen the keyboard is on
 * the first unanswered question of the step shown, as after File → New exam or File → Open…, not left wherever
 * JavaFX put it while the list was open. The same holds for Start follow-up.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterOpenedFocusTest {
    @TempDir
    Path dir;
    private SizedExamWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    @Test
    void openingAnEncounterFromTheListPutsTheKeyboardOnTheFirstQuestionOfTheStepShown(FxRobot robot) throws Exception {
        listWithOneEncounter(robot);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.exam(robot).value("nerve.slump") != null);
        assertOnFirstUnansweredNerveQuestion("opening the encounter");
    }

    @Test
    void startingAFollowUpFromTheListPutsTheKeyboardOnTheFirstQuestionOfTheStepShown(FxRobot robot) throws Exception {
        listWithOneEncounter(robot);
        WindowRobot.onFx(() -> ((javafx.scene.control.Button) browser().getScene().lookup("#encounter-follow-up")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.exam(robot).value("nerve.slump") != null);
        assertOnFirstUnansweredNerveQuestion("starting the follow-up");
    }

    /**
     * Stores an encounter with the slump answered, starts a new exam, goes to the nerve step and types in the patient's
     * label (the keyboard is there, not on a question), then opens the list by Ctrl+E with its only row chosen.
     */
    private void listWithOneEncounter(FxRobot robot) throws Exception {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, Exam.empty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#f-history-quality-deep_ache-unset") != null);
        window.answer(robot, "nerve.slump", new FindingValue.Choice("positive"));
        WindowRobot.waitForSaveStatus(robot, "Saved");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        WindowRobot.onFx(() -> window.stage().getScene().lookup("#patient-label").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("patient-label", window.focusOwner().getId(), "sanity: the keyboard is in the patient's label");

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Stage browser = browser();
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = (TableView<Encounters.Row>) browser.getScene().lookup("#encounter-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WindowRobot.onFx(() -> table.getSelectionModel().select(0));
    }

    private void assertOnFirstUnansweredNerveQuestion(String what) throws Exception {
        // the focus is moved a pulse after the exam is shown, as after New exam
        WaitForAsyncUtils.waitForFxEvents();
        Node focus = window.focusOwner();
        assertNotNull(focus);
        assertTrue(SizedExamWindow.inside(focus, "page-nerve") && focus.getId() != null && focus.getId().startsWith("f-nerve-")
                && focus.getId().endsWith("-unset") && !focus.getId().startsWith("f-nerve-slump-"),
                "after " + what + " the nerve step is shown, but the keyboard is on " + SizedExamWindow.describe(focus)
                + ", not on its first unanswered question (the slump is answered)");
    }

    private Stage browser() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "ExamPath: encounters".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

}
