package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowser;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Encounters… by keyboard: Enter on the chosen row opens it, as a double-click does, and Escape
 * closes the list.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterBrowserKeyboardTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("browser-keys-" + System.nanoTime() + ".db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        autosave.resume();
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    private Stage browserWithOneEncounter(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-0142");
        window.click("f-redflag-cancer_history-no");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Saved"));
        WindowRobot.onFx(() -> session.patientLabelProperty().set("P-0142"));
        Stage[] browser = new Stage[1];
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WindowRobot.onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.isFocused(), "the table has the keyboard focus with the row chosen");
        return browser[0];
    }

    @Test
    void enterOnAChosenRowOpensIt(FxRobot robot) throws Exception {
        Stage browser = browserWithOneEncounter(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(browser.isShowing(), "Enter on the chosen encounter opens it (the list closes), as a double-click does");
    }

    @Test
    void theOpenButtonClosesTheListSoEnterShouldToo(FxRobot robot) throws Exception {
        Stage browser = browserWithOneEncounter(robot);
        WindowRobot.onFx(() -> robot.lookup("#encounter-open").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(browser.isShowing(), "control: Open on the chosen row closes the list");
    }

    @Test
    void escapeClosesTheList(FxRobot robot) throws Exception {
        Stage browser = browserWithOneEncounter(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(browser.isShowing(), "Escape closes the encounter list");
        assertTrue(main.isShowing(), "the exam window stays");
    }
}
