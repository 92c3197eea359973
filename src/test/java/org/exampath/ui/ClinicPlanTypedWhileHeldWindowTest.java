package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
 * On a real PostgreSQL server, through the window: Carol changes the plan while Alice is writing hers, so Alice's text is
 * held in the conflict panel and the form shows Carol's. What Alice types on Carol's plan in the form is her change and
 * is saved as she types, as a finding entered again after a conflict is; her held text stays in the panel until she
 * chooses. Keep theirs and Use mine each save the form, and Use mine asks before it puts her held text over what she typed.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicPlanTypedWhileHeldWindowTest {
    private static final String ALICES = "Refer to the spinal team this week; review in two weeks";
    private static final String CAROLS = "Physiotherapy: graded loading, review in six weeks";
    private static final String ADDED = "; MRI";
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("carol");
    @TempDir
    static Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String carol = CLINIC.role("carol");
    private Stage stage;
    private ExamWindow window;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = CLINIC.window(stage, CLINIC.newClinician("aliceplan"), dir);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void whatSheTypesOnTheirPlanWhileHersIsHeldIsSavedAsSheTypesAndStaysWhenSheKeepsTheirs(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);

        typeAtTheEnd(robot, plan, ADDED);
        String shown = CAROLS + ADDED;
        assertEquals(shown, plan.getText());
        waitForStoredPlan(shown);
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertEquals(ALICES, text(robot, "#conflict-encounter-plan-yours"), "her first text is still held");
        assertTrue(window.model().conflicts().textHeldProperty().get());

        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-keep-theirs");
        assertEquals(shown, plan.getText(), "the form keeps her addition");
        assertFalse(window.model().conflicts().textHeldProperty().get());
        waitForStoredPlan(shown);

        // typing after the choice is saved as any text
        typeAtTheEnd(robot, plan, " soon");
        waitForStoredPlan(shown + " soon");
        assertTrue(mayClose(), "everything shown is stored: quitting asks nothing");
    }

    @Test
    void useMineAsksBeforeItTouchesWhatSheTypedAndCanPutHersAfterIt(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        typeAtTheEnd(robot, plan, ADDED);
        String typed = CAROLS + ADDED;
        waitForStoredPlan(typed);

        // Cancel, the default, changes nothing
        DialogPane asked = pressUseMine(robot);
        assertEquals("You typed in the plan since", asked.getHeaderText());
        robot.clickOn("#use-mine-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typed, plan.getText(), "what she typed stays in the form");
        assertEquals(ALICES, text(robot, "#conflict-encounter-plan-yours"), "her held text stays in the panel");

        pressUseMine(robot);
        robot.clickOn("#use-mine-after");
        WaitForAsyncUtils.waitForFxEvents();
        String both = typed + "\n" + ALICES;
        assertEquals(both, plan.getText(), "what she typed, then her held text");
        assertFalse(window.model().conflicts().textHeldProperty().get(), "chosen: nothing is held");
        waitForStoredPlan(both);
        assertTrue(mayClose());
    }

    @Test
    void useMineCanReplaceWhatSheTypedAndWhatSheTypesAfterItIsSaved(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        typeAtTheEnd(robot, plan, ADDED);
        waitForStoredPlan(CAROLS + ADDED);

        pressUseMine(robot);
        robot.clickOn("#use-mine-replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ALICES, plan.getText(), "her held text in place of what she typed, as she chose");
        waitForStoredPlan(ALICES);

        typeAtTheEnd(robot, plan, ", then PT");
        waitForStoredPlan(ALICES + ", then PT");
        assertTrue(mayClose());
    }

    @Test
    void whatSheTypedRefusedAgainWhileHerFirstTextIsHeldIsHeldWithIt(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        waitForStoredPlan(CAROLS);
        String again = "Physiotherapy and a walking programme, review in four weeks";
        carolSaves(again);

        // pasted in one go: the save of it is refused, as Carol changed the plan once more
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("record-plan");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ADDED)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> again.equals(plan.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        String both = ALICES + "\n" + CAROLS + ADDED;
        String[] held = new String[1];
        WindowRobot.onFx(() -> held[0] = window.model().autosave().conflicts().stream()
                .filter(c -> c.finding().equals("encounter.plan")).findFirst().orElseThrow().yours());
        assertEquals(both, held[0], "the row holds her first text and what she typed since, neither dropped");
        assertTrue(text(robot, "#conflict-encounter-plan-yours").startsWith(ALICES), "the row shows hers first");
        assertTrue(window.model().conflicts().textHeldProperty().get());

        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-use-mine");
        assertEquals(both, plan.getText());
        waitForStoredPlan(both);
    }

    private void carolSaves(String text) throws Exception {
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam seen = carols.load(id).orElseThrow().exam();
            carols.save(id, null, seen.withRecord(seen.record().withPlan(text)), carol);
        }
    }

    /** Alice's plan refused because Carol changed it: hers held in the panel, Carol's in the form. */
    private TextArea heldPlan(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Plan patient two");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        id = window.model().autosave().encounterIdProperty().get();
        carolSaves(CAROLS);
        form.go(Step.SUMMARY);
        TextArea plan = (TextArea) form.node("record-plan");
        form.click("record-plan");
        // pasted in one go, so that the text refused is hers whole
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ALICES)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CAROLS, plan.getText(), "the form shows Carol's plan");
        assertEquals(ALICES, text(robot, "#conflict-encounter-plan-yours"));
        return plan;
    }

    private static void typeAtTheEnd(FxRobot robot, TextArea field, String text) {
        new WindowRobot(robot, TestKnowledge.SHIPPED).click(field.getId());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane pressUseMine(FxRobot robot) throws Exception {
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-use-mine");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#use-mine-cancel"));
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private void waitForStoredPlan(String wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (ClinicEncounterStore reader = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
                return wanted.equals(reader.load(id).orElseThrow().exam().record().plan());
            }
        });
    }

    private boolean mayClose() {
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = window.model().mayClose());
        return may[0];
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
