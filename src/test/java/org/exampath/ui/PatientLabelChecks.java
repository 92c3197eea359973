package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.WordLines;
import org.exampath.ui.encounters.EncounterBrowser;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a long patient label must look like where the window shows one, checked on what is drawn: lines break
 * between words only (read from where each character's caret falls, so a wrapped text is judged as a broken one),
 * a token wider than the room ends in an ellipsis with the whole label in the tooltip and accessible text, nothing
 * leaves its cell or field, and a row is at most a few lines high.
 */
final class PatientLabelChecks {
    static final String WORDS = "Alexandra Konstantinopoulou-Wetherington (MRN 0048213377), second opinion";
    static final String TOKEN = "ALEXANDRAKONSTANTINOPOULOUWETHERINGTON0048213377SECONDOPINIO";
    static final String SHORT = "P-0142";
    /** The token first: the old list split it inside the word. */
    static final List<String> LABELS = List.of(TOKEN, WORDS, SHORT);
    /** The most lines the list gives a label (PatientCell.MAX_LINES): a row stays a few lines high. */
    static final int MOST_LINES = 3;

    private PatientLabelChecks() {
    }

    /**
     * Stores the {@link #LABELS} in {@code store}, opens the encounter list over {@code main} (its stage put in
     * {@code browser}, for the test to close), checks each label's cell, opens the token's row (a click, then Enter) and
     * checks the header with each long label, then clicks into the field: the whole label is there to edit, and
     * neither the exam nor the store holds anything but the labels as typed.
     */
    @SuppressWarnings("unchecked")
    static void listAndHeaderReadWell(FxRobot robot, Stage main, ExamSession session, Autosave autosave, Encounters store,
            Stage[] browser)
            throws Exception {
        for (String label : LABELS) {
            store.create(label, "anna", Exam.empty(), TestKnowledge.SHIPPED.version(), null);
        }
        WindowRobot.onFx(() -> browser[0] = EncounterBrowser.show(main, new EncounterBrowserViewModel(autosave, () -> true),
                main.getScene().getStylesheets().get(0)));
        TableView<Encounters.Row> table = robot.from(browser[0].getScene().getRoot()).lookup("#encounter-table")
                .queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == LABELS.size());
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<Encounters.Row, ?> patient = table.getColumns().stream()
                .filter(c -> "Patient".equals(c.getText())).findFirst().orElseThrow();
        for (String label : LABELS) {
            patientCellReadsWell(robot, patient, label);
        }
        TableCell<?, ?> token = cell(robot, patient, TOKEN);
        assertTrue(width(font(token), TOKEN) > patient.getWidth(), "the token is wider than the column, as the test needs");

        // chosen with a click and opened with Enter: a double-click's two clicks can fall too far apart on a busy machine
        robot.clickOn(token);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TOKEN, table.getSelectionModel().getSelectedItem().patientLabel(), "the click chooses the token's row");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TOKEN.equals(session.patientLabelProperty().get()));
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


    static void patientCellReadsWell(FxRobot robot, TableColumn<Encounters.Row, ?> column, String label) {
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

    static void headerReadsWell(FxRobot robot, String label) {
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
    static void wholeWords(String label, List<String> lines) {
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
    static List<String> renderedLines(Text text) {
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

    static TableCell<?, ?> cell(FxRobot robot, TableColumn<Encounters.Row, ?> column, String label) {
        List<TableCell<?, ?>> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && label.equals(c.getItem())).<TableCell<?, ?>>map(c -> c).toList();
        assertEquals(1, cells.size(), "the row of " + label + " is shown");
        return cells.get(0);
    }

    static Font font(Node cell) {
        return ((Text) ((TableCell<?, ?>) cell).getGraphic()).getFont();
    }

    static double width(Font font, String text) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
