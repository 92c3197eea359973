package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
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
 * On a real PostgreSQL server, through the window: while a colleague's value hides a red flag Alice
 * entered (her saddle numbness refused because Carol saved "no" first), quitting or starting another exam
 * asks before her entry is lost (the default stays), and another database is not opened until she acts.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagConflictQuitTest {
    private static PgTestServer server;
    private static String alice;
    private static String carol;
    @TempDir
    static Path dir;
    private Stage stage;
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
        this.stage = stage;
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
    void quittingOrLeavingWhileAColleaguesValueHidesHerRedFlagAsksFirstAndAnotherDatabaseWaits(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Quit patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = window.model().autosave().encounterIdProperty().get();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC())) {
            Exam now = carols.load(id).orElseThrow().exam().with("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
            carols.save(id, null, now, carol, "h", 0.5);
        }
        form.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().flagHiddenProperty().get());

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
}
