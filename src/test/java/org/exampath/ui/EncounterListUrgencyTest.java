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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
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
 * The encounter list from a 1024x700 exam window (review finding 10): a raised flag's urgency is a coloured badge in
 * the banner's urgency classes, a noted item gets none, a row with no flag leads with the screen's state, and the
 * red flags' header sorts the list by urgency, emergency first.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterListUrgencyTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("list-urgency-" + System.nanoTime() + ".db"));
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
    private int store(String patient, String... yes) {
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        Autosave saving = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        saving.runStatusUpdatesWith(Runnable::run);
        session.patientLabelProperty().set(patient);
        session.set("redflag.cancer_history", FindingValue.Flag.NO);
        for (String finding : yes) {
            session.set(finding, FindingValue.Flag.YES);
        }
        if (patient.equals("P-complete")) {
            for (String question : session.assessment().redFlagScreen().unasked()) {
                session.set(question, FindingValue.Flag.NO);
            }
            assertTrue(session.assessment().redFlagScreen().complete());
        }
        saving.flush();
        saving.shutdown();
        return session.assessment().redFlagScreen().total();
    }

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> listOf(FxRobot robot) throws Exception {
        WindowRobot.onFx(() -> EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private int seed() {
        store("P-none");
        store("P-soon", "observation.arterial_bruit");
        store("P-emergency", "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change");
        store("P-complete");
        store("P-urgent", "redflag.major_trauma");
        return store("P-noted", "redflag.night_pain_unrelieved");
    }

    private static TableColumn<Encounters.Row, ?> flags(TableView<Encounters.Row> table) {
        return table.getColumns().stream().filter(c -> "Red flags".equals(c.getText())).findFirst().orElseThrow();
    }

    /** The red-flag cell of the patient's row, as drawn. */
    private static TableCell<?, ?> cell(FxRobot robot, TableView<Encounters.Row> table, String patient) {
        TableColumn<Encounters.Row, ?> flags = flags(table);
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == flags && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof Encounters.Row r && r.patientLabel().equals(patient))
                .<TableCell<?, ?>>map(c -> c).toList();
        assertEquals(1, cells.size(), "the row of " + patient + " is shown");
        return cells.get(0);
    }

    private static Label badge(TableCell<?, ?> cell) {
        return (Label) cell.lookup("#encounter-flag-badge");
    }

    private static String line(TableCell<?, ?> cell) {
        return ((Text) cell.lookup(".flag-line")).getText();
    }

    @Test
    void eachRaisedFlagWearsItsUrgencyAsABadgeAndANotedItemNone(FxRobot robot) throws Exception {
        seed();
        TableView<Encounters.Row> table = listOf(robot);
        assertTrue(table.getScene().getWindow().getWidth() <= 1024);
        String[][] expected = {{"P-emergency", "EMERGENCY", "red-flag-emergency", "Possible cauda equina syndrome"},
                {"P-urgent", "URGENT", "red-flag-urgent", "Possible fracture"}, {"P-soon", "SOON", "red-flag-soon", "Possible vascular claudication"}};
        for (String[] e : expected) {
            TableCell<?, ?> cell = cell(robot, table, e[0]);
            Label badge = badge(cell);
            assertTrue(badge.isVisible() && badge.isManaged(), e[0] + " has a badge");
            assertEquals(e[1], badge.getText());
            assertTrue(badge.getStyleClass().containsAll(List.of("flag-badge", e[2])), e[0] + ": " + badge.getStyleClass());
            assertEquals(1, badge.getStyleClass().stream().filter(s -> s.startsWith("red-flag-")).count(),
                    "one urgency class, not one left from another row: " + badge.getStyleClass());
            assertTrue(line(cell).startsWith(e[3]), "the flag named beside its badge: " + line(cell));
            assertTrue(badge.getWidth() > 0 && badge.localToScene(badge.getLayoutBounds()).getMaxX()
                    < ((Node) cell.lookup(".flag-line")).localToScene(cell.lookup(".flag-line").getLayoutBounds()).getMinX(),
                    "the badge comes before the flag");
            assertEquals(e[1].toLowerCase() + ": " + line(cell) + ". No action recorded yet.", cell.getTooltip().getText(),
                    "the whole line on hover, with whether an action is recorded");
        }
        for (String none : List.of("P-noted", "P-none", "P-complete")) {
            Label badge = badge(cell(robot, table, none));
            assertFalse(badge.isVisible() || badge.isManaged(), none + " has no flag, so no badge");
            assertFalse(badge.getStyleClass().stream().anyMatch(s -> s.startsWith("red-flag-")), none + ": " + badge.getStyleClass());
        }
    }

    @Test
    void aRowWithNoFlagLeadsWithTheScreensState(FxRobot robot) throws Exception {
        int total = seed();
        TableView<Encounters.Row> table = listOf(robot);
        assertEquals("no flag in 1 of " + total + " asked", line(cell(robot, table, "P-none")));
        assertEquals("no flag in 2 of " + total + " asked", line(cell(robot, table, "P-noted")), "a noted item is not a flag");
        assertEquals("none raised (screen complete)", line(cell(robot, table, "P-complete")));
        for (Encounters.Row row : table.getItems()) {
            String shown = String.valueOf(flags(table).getCellData(row));
            assertFalse(shown.startsWith("none raised") && !shown.endsWith("(screen complete)"),
                    "'none raised' only once the screen is complete: " + shown);
        }
    }

    @Test
    void theRedFlagsHeaderSortsByUrgencyEmergencyFirst(FxRobot robot) throws Exception {
        seed();
        TableView<Encounters.Row> table = listOf(robot);
        assertEquals("P-noted", table.getItems().get(0).patientLabel(), "newest first until a header is clicked");
        Node header = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == flags(table)).findFirst().orElseThrow();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> order = table.getItems().stream().map(Encounters.Row::patientLabel).toList();
        assertEquals(List.of("P-emergency", "P-urgent", "P-soon", "P-noted", "P-none", "P-complete"), order,
                "most pressing first; with none raised, a screen not complete before a complete one, newest first");
        robot.clickOn("#encounter-search").write("P-");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(order, table.getItems().stream().map(Encounters.Row::patientLabel).toList(), "a new search keeps the order chosen");
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("P-complete", table.getItems().get(0).patientLabel(), "a second click turns the order round");
    }
}
