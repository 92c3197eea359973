package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.WordLines;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long patient labels where the window shows one, at 1024x700 and 1366x800: the encounter list's Patient column and
 * the exam header. Lines break between words only; a token wider than the room ends in an ellipsis with the whole
 * label in the tooltip and the accessible text; nothing drawn leaves its cell or field; the row stays at most a few
 * lines high; and the label stored, and opened into the header, is the one typed.
 */
@ExtendWith(ApplicationExtension.class)
class LongPatientLabelTest {
    private static final String WORDS = "Alexandra Konstantinopoulou-Wetherington (MRN 0048213377), second opinion";
    private static final String TOKEN = "ALEXANDRAKONSTANTINOPOULOUWETHERINGTON0048213377SECONDOPINIO";
    private static final String SHORT = "P-0142";
    private static final List<String> LABELS = List.of(TOKEN, WORDS, SHORT);
    /** The most lines the list gives a label (PatientCell.MAX_LINES): a row stays a few lines high. */
    private static final int MOST_LINES = 3;

    @TempDir
    Path dir;

    private Database db;
    private EncounterStore store;
    private Autosave autosave;
    private ExamSession session;
    private Stage main;
    private Stage browser;

    @AfterEach
    void tidy() {
        WindowRobot.onFx(() -> {
            if (browser != null) {
                browser.close();
            }
            if (main != null) {
                main.close();
            }
        });
        if (autosave != null) {
            WindowRobot.onFx(autosave::shutdown);
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theListAndTheHeaderReadWellAt1024x700(FxRobot robot) throws Exception {
        listAndHeaderReadWell(robot, 1024, 700);
    }

    @Test
    void theListAndTheHeaderReadWellAt1366x800(FxRobot robot) throws Exception {
        listAndHeaderReadWell(robot, 1366, 800);
    }

    private void listAndHeaderReadWell(FxRobot robot, double width, double height) throws Exception {
        TableView<Encounters.Row> table = openList(robot, width, height);
        TableColumn<Encounters.Row, ?> patient = table.getColumns().stream()
                .filter(c -> "Patient".equals(c.getText())).findFirst().orElseThrow();
        for (String label : LABELS) {
            patientCellReadsWell(robot, patient, label);
        }
        TableCell<?, ?> token = cell(robot, patient, TOKEN);
        assertTrue(width(font(token), TOKEN) > patient.getWidth(), "the token is wider than the column, as the test needs");

        robot.doubleClickOn(token);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TOKEN.equals(session.patientLabelProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        headerReadsWell(robot, TOKEN);
        WindowRobot.onFx(() -> session.patientLabelProperty().set(WORDS));
        WaitForAsyncUtils.waitForFxEvents();
        headerReadsWell(robot, WORDS);
        WindowRobot.onFx(() -> session.patientLabelProperty().set(TOKEN));
        WaitForAsyncUtils.waitForFxEvents();

        TextField field = robot.lookup("#patient-label").queryAs(TextField.class);
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused(), "a click goes into the field");
        assertFalse(robot.lookup("#patient-label-shown").query().isVisible(), "typing in, the field shows its own text");
        assertFalse(field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("covered")),
                "and draws it");
        assertEquals(TOKEN, field.getText(), "the whole label, to edit");
        assertEquals(TOKEN, session.patientLabelProperty().get(), "showing it shortened changed nothing in the exam");
        List<String> stored = store.list("", 10).stream().map(Encounters.Row::patientLabel).sorted().toList();
        assertEquals(LABELS.stream().sorted().toList(), stored, "nor in the store");
    }

    @SuppressWarnings("unchecked")
    private TableView<Encounters.Row> openList(FxRobot robot, double width, double height) throws Exception {
        db = Database.open(dir.resolve("labels.db"));
        store = new EncounterStore(db, Clock.systemUTC());
        for (String label : LABELS) {
            store.create(label, "anna", Exam.empty(), TestKnowledge.SHIPPED.version(), null);
        }
        robot.interact(() -> {
            session = new ExamSession(TestKnowledge.ENGINE);
            autosave = new Autosave(session, store, "anna", Clock.systemUTC());
            autosave.resume();
            main = new Stage();
            main.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
            main.setWidth(width);
            main.setHeight(height);
            main.show();
            browser = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                    main.getScene().getStylesheets().get(0));
        });
        TableView<Encounters.Row> table = robot.from(browser.getScene().getRoot()).lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == LABELS.size());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static void patientCellReadsWell(FxRobot robot, TableColumn<Encounters.Row, ?> column, String label) {
        TableCell<?, ?> cell = cell(robot, column, label);
        assertEquals(label, cell.getItem(), "the row holds the label as stored");
        Text drawn = (Text) cell.getGraphic();
        List<String> lines = renderedLines(drawn);
        double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        for (String line : lines) {
            assertTrue(width(drawn.getFont(), line) <= room, "'" + line + "' fits the column's " + room + " px");
        }
        Bounds inCell = cell.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
        assertTrue(inCell.getMinX() >= -0.5 && inCell.getMinY() >= -0.5 && inCell.getMaxX() <= cell.getWidth() + 0.5
                && inCell.getMaxY() <= cell.getHeight() + 0.5, "the label lies inside its cell: " + inCell + " in "
                + cell.getWidth() + "x" + cell.getHeight());
        wholeWords(label, lines);
        assertTrue(lines.size() <= MOST_LINES, "at most " + MOST_LINES + " lines: " + lines);
        double lineHeight = drawn.getLayoutBounds().getHeight() / lines.size();
        assertTrue(cell.getHeight() <= lineHeight * lines.size() + 12, "the row is as high as its lines: " + cell.getHeight());
        boolean wider = List.of(label.split(" ")).stream().anyMatch(w -> width(drawn.getFont(), w) > room);
        if (wider || lines.size() == MOST_LINES && !String.join(" ", lines).equals(label)) {
            assertTrue(lines.stream().anyMatch(l -> l.endsWith(WordLines.ELLIPSIS)), "what is left out is marked: " + lines);
        } else {
            assertFalse(drawn.getText().contains(WordLines.ELLIPSIS), "a label that fits is shown whole: " + lines);
        }
        assertEquals(label, cell.getTooltip().getText(), "the tooltip gives the whole label");
        assertEquals(label, cell.getAccessibleText(), "and so does the accessible text");
    }

    private static void headerReadsWell(FxRobot robot, String label) {
        TextField field = robot.lookup("#patient-label").queryAs(TextField.class);
        Label shown = robot.lookup("#patient-label-shown").queryAs(Label.class);
        assertEquals(label, field.getText(), "the header holds the whole label");
        double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
        boolean wider = width(field.getFont(), label) > room;
        assertEquals(wider, shown.isVisible(), "a label wider than the field (" + room + " px) is shown shortened, only then");
        if (wider) {
            String text = shown.getText();
            assertTrue(text.endsWith(WordLines.ELLIPSIS), "ending in an ellipsis: " + text);
            assertTrue(width(field.getFont(), text) <= room, "which fits the field: " + text);
            wholeWords(label, List.of(text));
            Bounds inField = field.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
            assertTrue(inField.getMinX() >= -0.5 && inField.getMaxX() <= field.getWidth() + 0.5,
                    "drawn over the field, not past it: " + inField);
            assertTrue(field.getTooltip().getText().startsWith(label), "the tooltip gives the whole label");
            assertEquals(label, shown.getAccessibleText(), "and so does the accessible text");
            assertTrue(field.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("covered")),
                    "the field's own text gives way under it");
        }
    }

    /**
     * Each line is a run of the label's words as typed, broken at a space or after a hyphen; only a line ending in an
     * ellipsis may stop inside a word, and then the rest of that word is what it leaves out.
     */
    private static void wholeWords(String label, List<String> lines) {
        int at = 0;
        for (String line : lines) {
            boolean cut = line.endsWith(WordLines.ELLIPSIS);
            String body = cut ? line.substring(0, line.length() - WordLines.ELLIPSIS.length()) : line;
            assertTrue(label.startsWith(body, at), "'" + line + "' continues the label at " + at + ": " + lines);
            at += body.length();
            if (cut) {
                int space = label.indexOf(' ', at);
                at = space < 0 ? label.length() : space;
            } else {
                assertTrue(at == label.length() || label.charAt(at) == ' ' || body.endsWith("-"),
                        "'" + line + "' ends between words: " + lines);
            }
            while (at < label.length() && label.charAt(at) == ' ') {
                at++;
            }
        }
    }

    /** The lines as the text lays them out (wrapped or broken), read from where each character's caret falls. */
    private static List<String> renderedLines(Text text) {
        String s = text.getText();
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        double y = Double.NaN;
        for (int i = 0; i < s.length(); i++) {
            double at = ((javafx.scene.shape.MoveTo) text.caretShape(i, true)[0]).getY();
            if (!Double.isNaN(y) && Math.abs(at - y) > 0.5) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            y = at;
            line.append(s.charAt(i));
        }
        lines.add(line.toString().strip());
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableColumn<Encounters.Row, ?> column, String label) {
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && label.equals(c.getItem())).<TableCell<?, ?>>map(c -> c).toList();
        assertEquals(1, cells.size(), "the row of " + label + " is shown");
        return cells.get(0);
    }

    private static Font font(Node cell) {
        return ((Text) ((TableCell<?, ?>) cell).getGraphic()).getFont();
    }

    private static double width(Font font, String text) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
