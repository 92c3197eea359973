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
import org.exampath.WindowStores;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real PostgreSQL server, through the windows: while a colleague's value hides a red flag Alice entered,
 * the encounter browser's Open and Start follow-up ask first, as quitting and File > New exam do; staying keeps
 * her exam (and the browser) where they were, and going on does what she asked.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterBrowserLeaveCheckTest {
    private static PgTestServer server;
    private static String alice;
    private static String carol;
    @TempDir
    static Path dir;
    private ExamWindow window;

    @BeforeAll
    static void server() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    static void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        WindowStores stores = new WindowStores(server.env(alice), dir.resolve("local-" + System.nanoTime()), Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.open(server.address()));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void openAndFollowUpFromTheBrowserAskBeforeHerHiddenRedFlagIsLost(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Browser patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = window.model().autosave().encounterIdProperty().get();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC())) {
            Exam now = carols.load(id).orElseThrow().exam().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
            carols.save(id, null, now, carol, "h", 0.5);
        }
        form.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().flagHiddenProperty().get());

        // browsing leaves nothing: the list opens without a question
        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-encounters".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "opening the list asks nothing");
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WindowRobot.click(robot, robot.lookup("#encounter-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Browser patient")).query());
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

    /** The question runs its own event loop, so the button is pressed outside the robot's wait. */
    private static void pressAndWaitForTheQuestion(FxRobot robot, String button) throws Exception {
        Button pressed = robot.lookup(button).queryAs(Button.class);
        Platform.runLater(pressed::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-flag"));
    }
}
