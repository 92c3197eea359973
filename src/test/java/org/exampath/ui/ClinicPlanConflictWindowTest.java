package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real PostgreSQL server, through the window: Carol changes the plan while Alice is writing hers. Alice's save
 * of the plan is refused; the conflict panel under the steps lists the plan with both texts and who set theirs (as it
 * lists a finding), the form shows Carol's, and Alice's text is held there until she chooses: "Got it" does nothing,
 * quitting asks first, and Use mine puts her text back and stores it over Carol's.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicPlanConflictWindowTest {
    private static final String ALICES = "Refer to the spinal team this week; review in two weeks";
    private static final String CAROLS = "Physiotherapy: graded loading, review in six weeks";
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("carol");
    @TempDir
    static Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String carol = CLINIC.role("carol");
    private String alice;
    private Stage stage;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        alice = CLINIC.newClinician("aliceplan");
        window = CLINIC.window(stage, alice, dir);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void aPlanAColleagueChangedIsListedInTheConflictPanelAndHerTextIsKeptUntilSheChooses(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Plan patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = window.model().autosave().encounterIdProperty().get();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam seen = carols.load(id).orElseThrow().exam();
            carols.save(id, null, seen.withRecord(seen.record().withPlan(CAROLS)), carol);
        }
        form.go(Step.SUMMARY);
        TextArea plan = (TextArea) form.node("record-plan");
        form.click("record-plan");
        // pasted in one go, so that the text refused is hers whole
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ALICES)));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#conflict-panel").query().isVisible(), "the plan is listed in the conflict panel");
        assertEquals("Plan", text(robot, "#conflict-encounter-plan-label"));
        assertEquals(CAROLS, text(robot, "#conflict-encounter-plan-theirs"));
        assertEquals(carol, text(robot, "#conflict-encounter-plan-set-by"));
        assertEquals(ALICES, text(robot, "#conflict-encounter-plan-yours"));
        assertEquals(CAROLS, plan.getText(), "the form shows the plan kept, as for a finding");
        assertTrue(robot.lookup("#conflict-dismiss").queryAs(Button.class).isDisabled(), "'Got it' cannot drop her text");
        assertFalse(WindowRobot.saveStatus(robot).getText().isEmpty());

        // quitting asks first, and staying (the default) keeps her text in the panel
        Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-text"));
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Your entry is not saved", asked.getHeaderText());
        robot.clickOn("#quit-keep-text");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the window stays open");
        assertEquals(ALICES, text(robot, "#conflict-encounter-plan-yours"), "her text is still held");

        form.click("conflict-encounter-plan-use-mine");
        assertEquals(ALICES, plan.getText(), "her text is back in the plan");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (ClinicEncounterStore reader = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                return ALICES.equals(reader.load(id).orElseThrow().exam().record().plan());
            }
        });
        assertFalse(window.model().conflicts().textHeldProperty().get(), "chosen: nothing is held");
        assertFalse(robot.lookup("#conflict-panel").query().isVisible());
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = window.model().mayClose());
        assertTrue(may[0], "once chosen, quitting asks nothing");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
