package org.exampath.ui.exam;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.FindingConflict;

/**
 * The findings a colleague changed while this clinician's change of them was not stored: each with the
 * value kept (theirs, and who set it) and the one not written (this clinician's), so nothing is replaced
 * unseen. Shown under the step bar while there are any; "Got it" dismisses it.
 */
final class ConflictPanel extends VBox {
    private final ObservableList<FindingConflict> conflicts;
    private final Label header = new Label();
    private final GridPane rows = new GridPane();

    ConflictPanel(ExamViewModel model) {
        this.conflicts = model.conflicts();
        setId("conflict-panel");
        getStyleClass().add("conflict-panel");
        header.setId("conflict-header");
        header.getStyleClass().add("conflict-header");
        header.setWrapText(true);
        rows.getStyleClass().add("conflict-rows");
        rows.setHgap(16);
        rows.setVgap(4);
        Button dismiss = new Button("Got it");
        dismiss.setId("conflict-dismiss");
        dismiss.setOnAction(e -> model.dismissConflicts());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new HBox(12, header, spacer, dismiss), rows);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(conflicts));
        managedProperty().bind(visibleProperty());
        fill();
        conflicts.subscribe(this::fill);
    }

    private void fill() {
        int n = conflicts.size();
        header.setText(n + " finding" + (n == 1 ? " was" : "s were") + " changed by a colleague while your change was not"
                + " saved: their value is kept and yours was not written. To use yours, enter it again.");
        rows.getChildren().clear();
        rows.addRow(0, heading("Finding"), heading("Saved meanwhile"), heading("Set by"), heading("Yours (not saved)"));
        for (int i = 0; i < n; i++) {
            FindingConflict c = conflicts.get(i);
            rows.addRow(i + 1, cell(c, "label", c.label()), cell(c, "theirs", c.theirs()), cell(c, "set-by", c.setBy()),
                    cell(c, "yours", c.yours()));
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-heading");
        return l;
    }

    private static Label cell(FindingConflict c, String column, String text) {
        Label l = new Label(text);
        l.setId("conflict-" + c.finding().replace('.', '-') + "-" + column);
        return l;
    }
}
