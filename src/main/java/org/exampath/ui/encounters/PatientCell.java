package org.exampath.ui.encounters;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.exampath.store.Encounters;
import org.exampath.ui.common.WordLines;

/**
 * The list's patient label: whole words on up to {@link #MAX_LINES} lines of the column, so the row stays a few
 * lines high. A token wider than the column (an identifier typed without spaces) and a label longer than the
 * lines end in an ellipsis; the whole label is the cell's tooltip and accessible text. Only what is drawn is
 * shortened: the row, and so the label stored, opened or searched, is untouched.
 */
final class PatientCell extends TableCell<Encounters.Row, String> {
    static final int MAX_LINES = 3;
    /** The cell's padding and a little air, so a line never touches the next column. */
    private static final double SPARE = 12;

    private final TableColumn<Encounters.Row, String> column;
    private final Text drawn = new Text();
    private final Text measure = new Text();
    private final Tooltip whole = new Tooltip();
    /** Held by the cell, so the column's width reaches a cell the list still uses and lets a dropped one go. */
    private final javafx.beans.InvalidationListener widthChanged = o -> lay();

    PatientCell(TableColumn<Encounters.Row, String> column) {
        this.column = column;
        getStyleClass().add("patient-cell");
        drawn.getStyleClass().add("text");
        drawn.fillProperty().bind(textFillProperty()); // white on a chosen row, as the other columns
        drawn.fontProperty().bind(fontProperty());
        measure.fontProperty().bind(fontProperty());
        column.widthProperty().addListener(new javafx.beans.WeakInvalidationListener(widthChanged));
        fontProperty().addListener((obs, old, now) -> lay());
    }

    @Override
    protected void updateItem(String label, boolean empty) {
        super.updateItem(label, empty);
        boolean none = empty || label == null || label.isEmpty();
        setTooltip(none ? null : whole);
        whole.setText(none ? null : label);
        setAccessibleText(none ? null : label);
        drawn.setAccessibleText(none ? null : label);
        setGraphic(none ? null : drawn);
        lay();
    }

    private void lay() {
        String label = isEmpty() ? null : getItem();
        WordLines.Laid laid = WordLines.lay(label, Math.max(1, column.getWidth() - SPARE), MAX_LINES, this::width);
        drawn.setText(laid.text());
        pseudoClassStateChanged(CUT, laid.cut());
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private static final javafx.css.PseudoClass CUT = javafx.css.PseudoClass.getPseudoClass("cut");
}
