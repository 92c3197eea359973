package org.exampath.ui.exam;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.exampath.ui.common.WordLines;

/**
 * The header's patient label field. It takes the header's spare width, so most labels show whole. One wider
 * than the field, while the field is not being typed in, is shown from its start to a word that fits, ending in
 * an ellipsis (a token with no space in it ends at a character), instead of being cut by the field's edge; the
 * field's tooltip then gives the whole label. Clicking or tabbing in shows the field's own text to edit. What
 * is drawn over the field is a picture only: the field, its accessible text and the stored label hold it whole.
 */
final class LabelField extends StackPane {
    /** Wide enough for about 60 characters; wider only leaves a long empty box beside a short label. */
    static final double MAX_WIDTH = 480;
    private static final PseudoClass COVERED = PseudoClass.getPseudoClass("covered");

    private final TextField field;
    private final String hint;
    private final Label shown = new Label();
    private final Text measure = new Text();
    private final Tooltip tip = new Tooltip();

    LabelField(TextField field, String hint) {
        this.field = field;
        this.hint = hint;
        setId("patient-label-box");
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(MAX_WIDTH);
        HBox.setHgrow(this, Priority.ALWAYS);
        field.setMaxWidth(MAX_WIDTH);
        field.setTooltip(tip);
        shown.setId("patient-label-shown");
        shown.getStyleClass().add("patient-label-shown");
        shown.setMouseTransparent(true);
        shown.setFocusTraversable(false);
        shown.paddingProperty().bind(field.paddingProperty());
        shown.fontProperty().bind(field.fontProperty());
        measure.fontProperty().bind(field.fontProperty());
        getChildren().addAll(field, shown);
        field.textProperty().addListener((obs, old, now) -> lay());
        field.focusedProperty().addListener((obs, old, now) -> lay());
        field.widthProperty().addListener((obs, old, now) -> lay());
        field.paddingProperty().addListener((obs, old, now) -> lay());
        field.fontProperty().addListener((obs, old, now) -> lay());
        lay();
    }

    private void lay() {
        String text = field.getText();
        double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
        WordLines.Laid laid = WordLines.lay(text, Math.max(1, room), 1, this::width);
        boolean cover = laid.cut() && field.getWidth() > 0 && !field.isFocused();
        shown.setText(cover ? laid.text() : "");
        shown.setAccessibleText(cover ? text : null);
        shown.setVisible(cover);
        field.pseudoClassStateChanged(COVERED, cover);
        if (cover) {
            field.positionCaret(0); // typed in again, the field starts at the label's start, as the picture did
        }
        tip.setText(laid.cut() ? text + "\n\n" + hint : hint);
    }

    private double width(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
