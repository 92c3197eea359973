package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.ui.exam.ExamWindow;
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
 * On a real PostgreSQL server, through the windows: while a colleague's value hides a red flag Alice entered
 * (her saddle numbness refused because Carol saved "no" first), every way of leaving the exam asks first —
 * quitting, File > New exam, and the encounter browser's Open and Start follow-up. Staying (the default) keeps
 * her exam and the flag's row where they were; going on does what she asked; another database is not opened
 * until she acts.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagLeaveCheckTest {
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
        // each test's clinician starts with no encounters, so the window has none to resume
        alice = CLINIC.newClinician("alice");
        window = CLINIC.window(stage, alice, dir);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void quittingOrLeavingWhileAColleaguesValueHidesHerRedFlagAsksFirstAndAnotherDatabaseWaits(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        long id = hideHerRedFlag(robot, form, "Quit patient");

        // File > Quit: the question runs its own event loop, so the menu is fired outside the robot's wait
        javafx.application.Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-flag"));
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("A red flag you entered is not saved", asked.getHeaderText());
        assertTrue(asked.getContentText().contains("a colleague's value was kept and yours was not stored"), asked.getContentText());
        robot.clickOn("#quit-keep-flag");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the default keeps the window, and the entry, open");

        // File > New exam asks the same, and staying keeps this encounter on screen
        javafx.application.Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-new".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-flag"));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("if you leave this exam now"));
        robot.clickOn("#quit-keep-flag");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(id, window.model().autosave().encounterIdProperty().get(), "the exam was not replaced");
        assertTrue(window.model().conflicts().flagHiddenProperty().get(), "and the red-flag row still stands");

        String[] refused = new String[1];
        WindowRobot.onFx(() -> window.open(dir.resolve("elsewhere.db").toString())
                .thenAccept(why -> refused[0] = why.orElse(null)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> refused[0] != null);
        assertTrue(refused[0].contains("a red flag you entered was not stored"), refused[0]);

        // entered again: her value is stored and nothing stands in the way of quitting
        form.click("conflict-redflag-saddle_anaesthesia-show");
        form.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.model().conflicts().flagHiddenProperty().get());
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = window.model().mayClose());
        assertTrue(may[0], "once entered again, quitting asks nothing");
    }

    @Test
    void openAndFollowUpFromTheBrowserAskBeforeHerHiddenRedFlagIsLost(FxRobot robot) throws Exception {
        long id = hideHerRedFlag(robot, new WindowRobot(robot, TestKnowledge.SHIPPED), "Browser patient");

        // browsing leaves nothing: the list opens without a question
        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-encounters".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "opening the list asks nothing");
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        // the Patient column wraps a long label, so its cell draws the label as a graphic: found by its item
        WindowRobot.click(robot, robot.lookup("#encounter-table .table-cell")
                .match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && "Browser patient".equals(c.getItem()))
                .query());
        Stage browser = (Stage) table.getScene().getWindow();

        for (String action : new String[] {"#encounter-open", "#encounter-follow-up"}) {
            pressAndWaitForTheQuestion(robot, action);
            DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals("A red flag you entered is not saved", asked.getHeaderText(), action);
            assertTrue(asked.getContentText().contains("if you leave this exam now, your entry is not kept anywhere"), asked.getContentText());
            robot.clickOn("#quit-keep-flag");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(id, window.model().autosave().encounterIdProperty().get(), action + ": staying keeps this encounter on screen");
            assertTrue(window.model().conflicts().flagHiddenProperty().get(), action + ": and the red-flag row still stands");
            assertTrue(browser.isShowing(), action + ": the list stays open to choose again");
        }

        // going on anyway does what was asked: a follow-up of the encounter, not stored until something is entered
        pressAndWaitForTheQuestion(robot, "#encounter-follow-up");
        robot.clickOn("#quit-lose-flag");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().autosave().encounterIdProperty().get() == null);
        assertNull(window.model().autosave().encounterIdProperty().get(), "the follow-up replaced the encounter");
        assertFalse(browser.isShowing(), "the list closes once it has done what was asked");
    }

    /**
     * Alice saves an exam for {@code label}; Carol then saves "no" to saddle numbness on it, so Alice's "yes"
     * is refused and the window holds her hidden red flag. Returns the encounter's number.
     */
    private long hideHerRedFlag(FxRobot robot, WindowRobot form, String label) throws Exception {
        form.type("patient-label", label);
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = window.model().autosave().encounterIdProperty().get();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam now = carols.load(id).orElseThrow().exam().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
            carols.save(id, null, now, carol);
        }
        form.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().flagHiddenProperty().get());
        return id;
    }

    /** The question runs its own event loop, so the button is pressed outside the robot's wait. */
    private static void pressAndWaitForTheQuestion(FxRobot robot, String button) throws Exception {
        Button pressed = robot.lookup(button).queryAs(Button.class);
        Platform.runLater(pressed::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-flag"));
    }
}
