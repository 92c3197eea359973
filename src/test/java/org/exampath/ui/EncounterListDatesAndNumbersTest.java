package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
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
 * The encounter list opened from a 1024x700 exam window on a real SQLite file: how it dates an import
 * whose file records no visit date, and how its "#" column sorts.
 */
@ExtendWith(ApplicationExtension.class)
class EncounterListDatesAndNumbersTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private Database db;
    private EncounterStore store;
    private Autosave autosave;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        db = Database.open(dir.resolve("list-" + System.nanoTime() + ".db"));
        store = new EncounterStore(db, TODAY, TestKnowledge.SUMMARISER);
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, store, "anna", TODAY);
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
    private TableView<Encounters.Row> openList(FxRobot robot, int rows) throws Exception {
        WindowRobot.onFx(() -> EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == rows);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    /**
     * Review 31, finding 7 (Medium). An exam file that records no visit date is imported on 2026-11-29. The store marks it
     * undated (the note says "Visit date not recorded"), but the list's Date column shows 2026-11-29 as its date,
     * with nothing to say that is the import day, and sorts it as the newest visit.
     */
    @Test
    void anUndatedImportIsNotListedUnderTheImportDayAsItsVisitDate(FxRobot robot) throws Exception {
        Exam undated = Exams.of().is("nerve.slump", "positive").exam().withRecord(new ExamRecord("P-77", null, "Dr Kemi", null, null));
        store.importAll(List.of(new Encounters.NewEncounter("P-77", undated, null, null, "key-P-77", null)), "anna",
                TestKnowledge.ENGINE.knowledge().version());
        TableView<Encounters.Row> table = openList(robot, 1);
        Encounters.Row row = table.getItems().get(0);
        Object shown = table.getColumns().get(0).getCellData(row);
        assertFalse(String.valueOf(shown).equals("2026-11-29"),
                "the list dates an import whose file records no visit date with the import day, unmarked: Date column '"
                        + shown + "' for " + row.patientLabel());
    }

    /**
     * Review 31, finding 8 (Low). With twelve encounters, clicking the "#" header sorts the numbers as text: 1, 10, 11, 12, 2, 3 …
     */
    @Test
    void theNumberColumnSortsAsNumbers(FxRobot robot) throws Exception {
        for (int i = 1; i <= 12; i++) {
            store.create("P-" + i, "anna", Exam.empty(), TestKnowledge.ENGINE.knowledge().version(), null);
        }
        TableView<Encounters.Row> table = openList(robot, 12);
        TableColumn<Encounters.Row, ?> number = table.getColumns().stream().filter(c -> c.getText().equals("#")).findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".column-header").queryAll().stream()
                .filter(h -> h.getId() != null && h.getId().equals(number.getId())
                        || h.lookup(".label") instanceof javafx.scene.control.Label l && l.getText().equals("#"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> ids = new ArrayList<>();
        table.getItems().forEach(r -> ids.add(r.id()));
        List<Long> ascending = new ArrayList<>(ids);
        ascending.sort(null);
        assertEquals(ascending, ids, "the '#' header sorts the encounter numbers as text: " + ids);
    }

    private void importUndated(String label) {
        Exam undated = Exams.of().is("nerve.slump", "positive").yes("history.quality.deep_ache").exam()
                .withRecord(new ExamRecord(label, null, "Dr Kemi", null, null));
        store.importAll(List.of(new Encounters.NewEncounter(label, undated, null, null, "key-" + label, null)), "anna",
                TestKnowledge.ENGINE.knowledge().version());
    }

    /** A visit of {@code label} dated {@code date}, as a clinician's window stores one on that day. */
    private void visit(String label, String date) {
        new EncounterStore(db, Clock.fixed(Instant.parse(date + "T09:00:00Z"), ZoneOffset.UTC), TestKnowledge.SUMMARISER)
                .create(label, "anna", Exam.empty(), TestKnowledge.ENGINE.knowledge().version(), null);
    }

    private static List<String> labels(TableView<Encounters.Row> table) {
        return table.getItems().stream().map(Encounters.Row::patientLabel).toList();
    }

    private static void clickHeader(FxRobot robot, String title) {
        WindowRobot.click(robot, robot.lookup(".column-header").queryAll().stream()
                .filter(h -> h.lookup(".label") instanceof javafx.scene.control.Label l && l.getText().equals(title)).findFirst().orElseThrow());
    }

    @Test
    void anUndatedImportIsMarkedExplainedOnHoverAndListedAfterTheDatedVisits(FxRobot robot) throws Exception {
        visit("P-OLD", "2026-10-01");
        importUndated("P-77");
        visit("P-NEW", "2026-11-20");
        TableView<Encounters.Row> table = openList(robot, 3);
        assertEquals(List.of("P-NEW", "P-OLD", "P-77"), labels(table), "newest visit first; the import day is no visit's date");
        Encounters.Row undated = table.getItems().get(2);
        assertTrue(undated.undated());
        assertEquals("not recorded (imported 2026-11-29)", table.getColumns().get(0).getCellData(undated));
        assertEquals("2026-11-20", table.getColumns().get(0).getCellData(table.getItems().get(0)), "a dated visit shows its date");

        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#encounter-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getTableColumn() == table.getColumns().get(0) && c.getIndex() == 2).findFirst().orElseThrow();
        assertTrue(cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("undated")), "the date is muted");
        assertEquals("The exam file recorded no visit date; 2026-11-29 is the day it was imported.", cell.getTooltip().getText());

        clickHeader(robot, "Date");
        assertEquals(List.of("P-77", "P-OLD", "P-NEW"), labels(table), "oldest first: the undated import is taken as the oldest");
        clickHeader(robot, "Date");
        assertEquals(List.of("P-NEW", "P-OLD", "P-77"), labels(table), "newest first again: it comes after every dated visit");
    }

    @Test
    void aFollowUpOfAnUndatedImportNeverDatesTheLastVisitWithTheImportDay(FxRobot robot) throws Exception {
        importUndated("P-78");
        TableView<Encounters.Row> table = openList(robot, 1);
        long imported = table.getItems().get(0).id();
        WindowRobot.onFx(() -> table.getSelectionModel().select(0));
        WindowRobot.click(robot, robot.lookup("#encounter-follow-up").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#f-history-quality-deep_ache-carried").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        assertEquals("from last visit (date not recorded, imported 2026-11-29)",
                robot.lookup("#f-history-quality-deep_ache-carried").queryAs(javafx.scene.control.Label.class).getText());
        // the status line's words for it (the first save replaces them on screen at once)
        assertEquals("the last visit (date not recorded, imported 2026-11-29)",
                org.exampath.ui.common.VisitDates.followUpOf(store.load(imported).orElseThrow()));
        visit("P-79", "2026-11-20");
        long dated = store.list("P-79", 10).get(0).id();
        assertEquals("the visit of 2026-11-20", org.exampath.ui.common.VisitDates.followUpOf(store.load(dated).orElseThrow()),
                "a dated visit keeps its date");
    }
}
