package org.exampath.ui.encounters;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.exampath.knowledge.Urgency;
import org.exampath.store.Encounters;
import org.exampath.ui.hypotheses.FlagLevel;

/**
 * The list's red-flag line: a raised flag's urgency as a coloured badge ("EMERGENCY", "URGENT", "SOON", in the
 * style classes the exam window's banner gives each urgency) before the flags named, wrapped whole on as many
 * lines as they need, and under them whether an action is recorded for them ("action recorded", "no action recorded
 * yet", see {@link FlagActionState}). A row with none raised shows the screen's state with no badge and no action
 * line. The whole line, urgency first, then the action state, is the cell's tooltip and accessible text.
 */
final class FlagCell extends TableCell<Encounters.Row, String> {
    /** The cell's padding and a little air, so a line never touches the next column. */
    private static final double SPARE = 12;
    private static final double GAP = 6;

    private final Label badge = new Label();
    private final Text drawn = new Text();
    private final HBox line = new HBox(GAP);
    private final Label action = new Label();
    private final VBox lines = new VBox(1, line, action);
    private final Tooltip whole = new Tooltip();
    private final Function<Encounters.Row, String> actionText;

    FlagCell(TableColumn<Encounters.Row, String> column, Function<Encounters.Row, String> actionText) {
        this.actionText = actionText;
        action.setId("encounter-flag-action");
        action.getStyleClass().add("flag-action");
        getStyleClass().add("flag-cell");
        badge.setId("encounter-flag-badge");
        badge.getStyleClass().add("flag-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        drawn.getStyleClass().addAll("text", "flag-line");
        drawn.fillProperty().bind(textFillProperty()); // white on a chosen row, as the other columns
        drawn.fontProperty().bind(fontProperty());
        drawn.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(1, column.getWidth() - SPARE - (badge.isManaged() ? badge.getWidth() + GAP : 0)),
                column.widthProperty(), badge.widthProperty(), badge.managedProperty()));
        line.setAlignment(Pos.TOP_LEFT);
        line.getChildren().addAll(badge, drawn);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
        tableRowProperty().addListener((obs, old, row) -> {
            if (row != null) {
                row.itemProperty().addListener((o, was, now) -> showAction());
            }
        });
    }

    @Override
    protected void updateItem(String shown, boolean empty) {
        super.updateItem(shown, empty);
        boolean none = empty || shown == null;
        Urgency urgency = none ? null : EncounterBrowserViewModel.shownUrgency(shown);
        for (FlagLevel level : FlagLevel.values()) {
            badge.getStyleClass().remove(level.styleClass());
        }
        FlagLevel level = urgency == null ? FlagLevel.NONE : level(urgency);
        badge.setText(level.word());
        badge.setVisible(urgency != null);
        badge.setManaged(urgency != null);
        if (urgency != null) {
            badge.getStyleClass().add(level.styleClass());
        }
        drawn.setText(none ? "" : EncounterBrowserViewModel.shownFlags(shown));
        setGraphic(none ? null : lines);
        showAction();
    }

    /**
     * The action line for the row shown, then the tooltip and accessible text. Also run when the row shows another
     * encounter with the same flag line: the cell is then not updated, as its own item did not change.
     */
    private void showAction() {
        String shown = isEmpty() ? null : getItem();
        Encounters.Row row = getTableRow() == null ? null : getTableRow().getItem();
        String text = shown == null || row == null ? "" : actionText.apply(row);
        action.setText(text);
        action.setVisible(!text.isEmpty());
        action.setManaged(!text.isEmpty());
        action.getStyleClass().remove("flag-action-missing");
        if (!text.isEmpty() && !text.equals(FlagActionState.DONE)) {
            action.getStyleClass().add("flag-action-missing");
        }
        String said = shown == null ? null : text.isEmpty() ? shown
                : shown + ". " + Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
        whole.setText(said);
        setTooltip(shown == null || shown.isEmpty() ? null : whole);
        setAccessibleText(said);
    }

    private static FlagLevel level(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> FlagLevel.EMERGENCY;
            case URGENT -> FlagLevel.URGENT;
            case SOON -> FlagLevel.SOON;
            case NOTED -> FlagLevel.NOTED;
        };
    }
}
