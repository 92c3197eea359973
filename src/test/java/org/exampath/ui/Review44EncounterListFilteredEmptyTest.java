package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Review 44: the encounter list's "without an action" filter that leaves no row. The list now puts its own words in
 * place of JavaFX's "No content in table"; when the filter (not the search) empties it, those words must say so.
 */
@ExtendWith(ApplicationExtension.class)
class Review44EncounterListFilteredEmptyTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("filtered-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER), "anna",
                Clock.systemUTC());
        autosave.resume();
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilterThatLeavesNoRowSaysSoInTheEmptyList(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-0101");
        window.click("f-redflag-major_trauma-no"); // an encounter with no red flag raised: nothing waits for an action
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Saved"));
        Stage[] browser = new Stage[1];
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WindowRobot.onFx(() -> robot.lookup("#encounter-without-action").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty(), "no encounter has a flag without an action");
        Label empty = robot.lookup("#encounter-list-empty").queryAs(Label.class);
        Label below = robot.lookup("#encounter-message").queryAs(Label.class);
        String said = (empty.isVisible() ? empty.getText() : "") + (below.isVisible() ? below.getText() : "");
        assertFalse(said.isBlank(), "the list is empty because of the filter, and says nothing at all: placeholder '"
                + empty.getText() + "', line below " + (below.isVisible() ? "'" + below.getText() + "'" : "hidden"));
        assertTrue(said.toLowerCase().contains("action"), "the empty list names the filter that empties it: '" + said + "'");
        WindowRobot.onFx(() -> browser[0].close());
    }
}
