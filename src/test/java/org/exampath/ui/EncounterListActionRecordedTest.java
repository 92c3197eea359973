package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
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
 * The encounter list against a real SQLite file: under each raised flag, whether an action is recorded for it (as the
 * panel records it, at the urgency the flag stands at or a more pressing one), "no action recorded yet" and "action
 * recorded at urgent only" (under EMERGENCY) marked in the warning style, nothing for a row with no flag; and
 * "Flags without an action" narrows the list to the flagged encounters still waiting for one.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterListActionRecordedTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("list-actions-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
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

    /** One stored encounter, saved as the window saves it, with these answers. */
    private void store(String patient, String... yes) {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave saving = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        saving.runStatusUpdatesWith(Runnable::run);
        session.patientLabelProperty().set(patient);
        session.set("redflag.cancer_history", FindingValue.Flag.NO);
        for (String finding : yes) {
            session.set(finding, FindingValue.Flag.YES);
        }
        saving.flush();
        saving.shutdown();
    }

    /** Records an action for the patient's flag at this urgency in the store, as the panel's "Action taken" does. */
    private void act(String patient, String flag, String urgency) throws Exception {
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        long id = store.list(patient, 10).get(0).id();
        store.acknowledge(id, flag, "Referred for same-day imaging", "anna", null, null, urgency).get(10, TimeUnit.SECONDS);
    }

    private void seed() throws Exception {
        store("P-none");
        store("P-soon", "observation.arterial_bruit");
        store("P-emergency", "redflag.saddle_anaesthesia");
        store("P-urgent", "redflag.major_trauma");
        store("P-acted", "redflag.major_trauma");
        act("P-acted", "fracture", "urgent");
    }

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> listOf(FxRobot robot) throws Exception {
        return listOf(robot, 5);
    }

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> listOf(FxRobot robot, int rows) throws Exception {
        WindowRobot.onFx(() -> EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    /** The red-flag cell of the patient's row, as drawn. */
    private static TableCell<?, ?> cell(FxRobot robot, TableView<Encounters.Row> table, String patient) {
        TableColumn<Encounters.Row, ?> flags = table.getColumns().stream().filter(c -> "Red flags".equals(c.getText()))
                .findFirst().orElseThrow();
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == flags && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof Encounters.Row r && r.patientLabel().equals(patient))
                .<TableCell<?, ?>>map(c -> c).toList();
        assertEquals(1, cells.size(), "the row of " + patient + " is shown");
        return cells.get(0);
    }

    private static Label action(TableCell<?, ?> cell) {
        return (Label) cell.lookup("#encounter-flag-action");
    }

    @Test
    void eachFlaggedRowSaysWhetherAnActionIsRecordedAndTheFilterKeepsThoseWithout(FxRobot robot) throws Exception {
        seed();
        TableView<Encounters.Row> table = listOf(robot);
        Label acted = action(cell(robot, table, "P-acted"));
        assertTrue(acted.isVisible(), "shown under the flag");
        assertEquals("action recorded", acted.getText());
        assertFalse(acted.getStyleClass().contains("flag-action-missing"));
        assertTrue(cell(robot, table, "P-acted").getAccessibleText().endsWith(". Action recorded."),
                "a screen reader hears it after the flag: " + cell(robot, table, "P-acted").getAccessibleText());
        for (String waiting : List.of("P-urgent", "P-emergency", "P-soon")) {
            Label none = action(cell(robot, table, waiting));
            assertTrue(none.isVisible(), waiting);
            assertEquals("no action recorded yet", none.getText(), waiting);
            assertTrue(none.getStyleClass().contains("flag-action-missing"), waiting + ": " + none.getStyleClass());
        }
        assertFalse(action(cell(robot, table, "P-none")).isVisible(), "no flag raised: nothing said of actions");

        robot.clickOn("#encounter-without-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("P-urgent", "P-emergency", "P-soon"),
                table.getItems().stream().map(Encounters.Row::patientLabel).toList(), "only flags still without an action, newest first");
        robot.clickOn("#encounter-without-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, table.getItems().size(), "all rows again");
        assertEquals("action recorded", action(cell(robot, table, "P-acted")).getText(), "each row's own state after the filter");
    }

    @Test
    void anActionRecordedAtALowerUrgencyIsSaidSoAndTheFilterKeepsTheRow(FxRobot robot) throws Exception {
        store("P-escalated", "redflag.bilateral_leg_symptoms", "redflag.saddle_anaesthesia");
        act("P-escalated", "cauda_equina", "urgent");
        store("P-emergency-acted", "redflag.bilateral_leg_symptoms", "redflag.saddle_anaesthesia");
        act("P-emergency-acted", "cauda_equina", "emergency");
        TableView<Encounters.Row> table = listOf(robot, 2);
        Label lower = action(cell(robot, table, "P-escalated"));
        assertEquals("action recorded at urgent only", lower.getText());
        assertTrue(lower.getStyleClass().contains("flag-action-missing"), "marked as still wanting one: " + lower.getStyleClass());
        assertTrue(cell(robot, table, "P-escalated").getAccessibleText().endsWith(". Action recorded at urgent only."),
                cell(robot, table, "P-escalated").getAccessibleText());
        assertEquals("action recorded", action(cell(robot, table, "P-emergency-acted")).getText());

        robot.clickOn("#encounter-without-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("P-escalated"), table.getItems().stream().map(Encounters.Row::patientLabel).toList(),
                "an emergency with only an urgent action still wants one");
    }
}
