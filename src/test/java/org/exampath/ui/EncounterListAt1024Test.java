package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.geometry.Orientation;
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
 * The encounter list opened from a 1024x700 exam window (review findings 7 and 8): the red flags sit right after
 * the patient and are read whole without a sideways scroll, and the list is worked from its search field.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterListAt1024Test {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("list-1024-" + System.nanoTime() + ".db"));
        session = new ExamSession(TestKnowledge.ENGINE);
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

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> listWithAFlag(FxRobot robot, Stage[] browser) throws Exception {
        return listWithAFlag(robot, browser, "P-0142");
    }

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> listWithAFlag(FxRobot robot, Stage[] browser, String patient) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", patient);
        window.click("f-redflag-major_trauma-yes"); // the longest flag line: "urgent: Possible fracture (including ...)"
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Saved"));
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void theRedFlagsComeEarlyAndAreReadWholeWithoutASidewaysScroll(FxRobot robot) throws Exception {
        Stage[] browser = new Stage[1];
        TableView<Encounters.Row> table = listWithAFlag(robot, browser);
        TableColumn<Encounters.Row, ?> flags = table.getColumns().stream()
                .filter(c -> "Red flags".equals(c.getText())).findFirst().orElseThrow();
        assertTrue(table.getColumns().indexOf(flags) <= 2, "the red flags come right after the date and the patient");
        assertTrue(browser[0].getWidth() <= 1024, "the list fits the 1024 screen: " + browser[0].getWidth());
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(columns <= table.getWidth(), "the columns fit the list: " + columns + " in " + table.getWidth());
        boolean sideways = table.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
        assertFalse(sideways, "no sideways scroll bar");
        String full = String.valueOf(flags.getCellData(0));
        assertTrue(full.startsWith("urgent: Possible fracture (including"), "a line longer than the column is wide: " + full);
        List<Node> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == flags && full.equals(c.getItem())).map(c -> (Node) c).toList();
        assertEquals(1, cells.size(), "the flag row is shown");
        TableCell<?, ?> cell = (TableCell<?, ?>) cells.get(0);
        List<Text> texts = cell.lookupAll(".flag-line").stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
        assertEquals(1, texts.size(), "one flag line in the cell");
        assertEquals("URGENT", ((Label) cell.lookup("#encounter-flag-badge")).getText(), "the urgency is its badge");
        assertEquals(full.substring("urgent: ".length()), texts.get(0).getText(),
                "the flag line is shown whole beside its badge, not cut to '...'");
        javafx.geometry.Bounds drawn = cell.sceneToLocal(texts.get(0).localToScene(texts.get(0).getLayoutBounds()));
        assertTrue(drawn.getMaxX() <= cell.getWidth() + 0.5 && drawn.getMaxY() <= cell.getHeight() + 0.5,
                "the whole line lies inside its cell: " + drawn + " in " + cell.getWidth() + "x" + cell.getHeight());
    }

    @Test
    void aLongPatientLabelIsReadWholeBesideTheRedFlags(FxRobot robot) throws Exception {
        Stage[] browser = new Stage[1];
        String label = "stenosis-walking-eased-by-sitting"; // the longest of the shipped cases' names
        TableView<Encounters.Row> table = listWithAFlag(robot, browser, label);
        TableColumn<Encounters.Row, ?> patient = table.getColumns().stream()
                .filter(c -> "Patient".equals(c.getText())).findFirst().orElseThrow();
        TableColumn<Encounters.Row, ?> flags = table.getColumns().stream()
                .filter(c -> "Red flags".equals(c.getText())).findFirst().orElseThrow();
        assertTrue(patient.getWidth() >= 180, "the patient has a fair share of 1024: " + patient.getWidth());
        assertTrue(flags.getWidth() >= 240, "and the red flags keep theirs: " + flags.getWidth());
        assertEquals(label, shownWhole(robot, patient, label), "the label is shown whole, not cut to '...'");
        Text drawn = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == patient && label.equals(c.getItem())).findFirst().orElseThrow()
                .lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> (Text) n).findFirst().orElseThrow();
        Text oneLine = new Text("Xg");
        oneLine.setFont(drawn.getFont());
        assertTrue(drawn.getLayoutBounds().getHeight() < 1.5 * oneLine.getLayoutBounds().getHeight(),
                "and on one line, not broken inside a word: " + drawn.getLayoutBounds());
        String flagLine = String.valueOf(flags.getCellData(0));
        assertEquals(EncounterBrowserViewModel.shownFlags(flagLine), shownWhole(robot, flags, flagLine, ".flag-line"),
                "the flag line beside it is whole too (its urgency is the badge before it)");
    }

    /** The one text the column's cell holding {@code full} draws, checked to lie inside the cell. */
    private static String shownWhole(FxRobot robot, TableColumn<Encounters.Row, ?> column, String full) {
        return shownWhole(robot, column, full, ".text");
    }

    /** The one text of this style class the column's cell holding {@code full} draws, checked to lie inside the cell. */
    private static String shownWhole(FxRobot robot, TableColumn<Encounters.Row, ?> column, String full, String styleClass) {
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && full.equals(c.getItem())).<TableCell<?, ?>>map(c -> c).toList();
        assertEquals(1, cells.size(), "the row is shown");
        TableCell<?, ?> cell = cells.get(0);
        List<Text> texts = cell.lookupAll(styleClass).stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
        assertEquals(1, texts.size(), "one text in the cell");
        javafx.geometry.Bounds drawn = cell.sceneToLocal(texts.get(0).localToScene(texts.get(0).getLayoutBounds()));
        assertTrue(drawn.getMaxX() <= cell.getWidth() + 0.5 && drawn.getMaxY() <= cell.getHeight() + 0.5,
                "the whole text lies inside its cell: " + drawn + " in " + cell.getWidth() + "x" + cell.getHeight());
        return texts.get(0).getText();
    }

    @Test
    void enterInTheSearchOpensTheOnlyMatchAndDownReachesTheFirstRow(FxRobot robot) throws Exception {
        Stage[] browser = new Stage[1];
        TableView<Encounters.Row> table = listWithAFlag(robot, browser);
        robot.write("P-01");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.isFocused(), "Down moves the keyboard into the list");
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "and chooses the first row");
        assertFalse(robot.lookup("#encounter-open").query().isDisabled(), "so Open is offered");
        WindowRobot.onFx(() -> {
            table.getSelectionModel().clearSelection();
            robot.lookup("#encounter-search").query().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(browser[0].isShowing(), "Enter in the search opens the only match");
    }

    @Test
    void enterInTheSearchWithSeveralMatchesAndNoneChosenOpensNothing(FxRobot robot) throws Exception {
        Stage[] browser = new Stage[1];
        TableView<Encounters.Row> table = listWithAFlag(robot, browser);
        // the list shows the rows through its sort and its filter, so a second row is added where the rows are held
        @SuppressWarnings("unchecked")
        javafx.collections.ObservableList<Encounters.Row> held = (javafx.collections.ObservableList<Encounters.Row>)
                ((javafx.collections.transformation.FilteredList<Encounters.Row>)
                        ((javafx.collections.transformation.SortedList<Encounters.Row>) table.getItems()).getSource()).getSource();
        WindowRobot.onFx(() -> held.add(held.get(0)));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(browser[0].isShowing(), "with two rows and none chosen, Enter guesses none");
    }

    /**
     * An empty list said JavaFX's own "No content in table" in its middle, with "No encounter matches." below though
     * nothing had been searched for: it now says why it is empty where the rows would be, once.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anEmptyListSaysWhyInItsMiddleOnce(FxRobot robot) throws Exception {
        Stage[] browser = new Stage[1];
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        Label empty = robot.lookup("#encounter-list-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> empty.getText().startsWith("No encounter in this database yet"));
        assertTrue(empty.isVisible() && empty.getScene() == browser[0].getScene(), "shown where the rows would be");
        assertFalse(robot.lookup("#encounter-message").queryAs(Label.class).isVisible(), "not said a second time below");
        assertTrue(robot.lookup(n -> n instanceof Label l && "No content in table".equals(l.getText())).tryQuery().isEmpty());
        WindowRobot.onFx(() -> browser[0].close());
        TableView<Encounters.Row> table = listWithAFlag(robot, browser);
        robot.clickOn("#encounter-search").write("zzz");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        Label noMatch = robot.lookup("#encounter-list-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "No encounter matches.".equals(noMatch.getText()));
        WindowRobot.onFx(() -> browser[0].close());
    }
}
