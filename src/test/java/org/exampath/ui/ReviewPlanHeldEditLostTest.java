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
class ReviewPlanHeldEditLostTest {
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
    void whatSheTypesIntoThePlanWhileHerTextIsHeldIsStoredOnceSheKeepsTheirs(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Plan patient two");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = window.model().autosave().encounterIdProperty().get();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC())) {
            Exam seen = carols.load(id).orElseThrow().exam();
            carols.save(id, null, seen.withRecord(seen.record().withPlan(CAROLS)), carol, "h", 0.5);
        }
        form.go(Step.SUMMARY);
        TextArea plan = (TextArea) form.node("record-plan");
        form.click("record-plan");
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ALICES)));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CAROLS, plan.getText(), "the form shows Carol's plan");

        // Alice adds to Carol's plan in the form (the form is where a plan is written), then keeps Carol's text
        form.click("record-plan");
        WindowRobot.onFx(() -> {
            plan.positionCaret(plan.getLength());
            plan.appendText("; add MRI if no better");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String shown = CAROLS + "; add MRI if no better";
        assertEquals(shown, plan.getText());
        form.click("conflict-encounter-plan-keep-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, plan.getText(), "the form still shows her addition");
        assertFalse(window.model().conflicts().textHeldProperty().get());
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = window.model().mayClose());
        assertTrue(may[0], "the window lets her quit without a question, so what it shows must be stored");
        // the window now shows a plan with her words and says nothing is pending: the store must hold them
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try (ClinicEncounterStore reader = new ClinicEncounterStore(server.as(carol), Clock.systemUTC())) {
                return shown.equals(reader.load(id).orElseThrow().exam().record().plan());
            }
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
