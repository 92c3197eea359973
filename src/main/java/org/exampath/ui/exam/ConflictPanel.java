package org.exampath.ui.exam;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The findings a colleague changed while this clinician's change of them was not stored: each with the
 * value kept (theirs, and who set it) and the one not written (this clinician's), so nothing is replaced
 * unseen. Shown under the step bar while there are any; "Got it" dismisses it, except while a row hides a
 * red flag this clinician's value raised: that row is shown in the flag's style with Show in form and
 * Keep theirs, and stays until one of them is done. A plan, assessment, side, age or sex held stays with
 * Use mine and Keep theirs until one of them is pressed.
 */
final class ConflictPanel extends VBox {
    private final ConflictPanelViewModel model;
    private final GridPane rows = new GridPane();
    private final Subscription following;

    ConflictPanel(ConflictPanelViewModel model) {
        this.model = model;
        setId("conflict-panel");
        getStyleClass().add("conflict-panel");
        Label header = new Label();
        header.setId("conflict-header");
        header.getStyleClass().add("conflict-header");
        header.setWrapText(true);
        header.textProperty().bind(model.headerProperty());
        rows.getStyleClass().add("conflict-rows");
        rows.setHgap(16);
        rows.setVgap(4);
        Button dismiss = new Button("Got it");
        dismiss.setId("conflict-dismiss");
        dismiss.disableProperty().bind(model.flagHiddenProperty().or(model.textHeldProperty()));
        dismiss.setOnAction(e -> model.dismiss());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new HBox(12, header, spacer, dismiss), rows);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rows()));
        managedProperty().bind(visibleProperty());
        following = model.rows().subscribe(this::fill);
        fill();
    }

    /** Stops following the view model, and it the window (the screen is closing). */
    void dispose() {
        following.unsubscribe();
        model.dispose();
    }

    private void fill() {
        rows.getChildren().clear();
        rows.addRow(0, heading("Finding"), heading("Saved meanwhile"), heading("Set by"), heading("Yours (not saved)"));
        int line = 1;
        for (ConflictPanelViewModel.Row r : model.rows()) {
            rows.addRow(line++, cell(r, "label", r.label()), cell(r, "theirs", r.theirs()), cell(r, "set-by", r.setBy()),
                    cell(r, "yours", r.yours()), cell(r, "note", r.note()));
            if (r.entry()) {
                rows.add(textRow(r), 0, line++, GridPane.REMAINING, 1);
            } else if (r.hidesFlag()) {
                rows.add(flagRow(r), 0, line++, GridPane.REMAINING, 1);
            }
        }
    }

    private HBox flagRow(ConflictPanelViewModel.Row r) {
        return choices(flag(r), "conflict-red-flag",
                button(r, "show", "Show in form", () -> model.show(r.finding())),
                button(r, "keep-theirs", "Keep theirs", () -> model.keepTheirs(r.finding())));
    }

    private static Label flag(ConflictPanelViewModel.Row r) {
        Label flag = cell(r, "flag", r.flag());
        flag.getStyleClass().addAll("red-flag", r.level().styleClass());
        return flag;
    }

    /** A plan, assessment, side, age or sex held: what it is (in the flag's style, naming it, when it hides one), and the two choices. */
    private HBox textRow(ConflictPanelViewModel.Row r) {
        String held = "Your " + r.label().toLowerCase(java.util.Locale.ROOT) + " is not saved: it is kept here until you choose.";
        Label what = r.hidesFlag() ? flag(r) : cell(r, "held", held);
        if (r.hidesFlag()) {
            what.setText(held + " " + r.flag());
        }
        return choices(what, r.hidesFlag() ? "conflict-red-flag" : "conflict-text-held",
                button(r, "use-mine", "Use mine", () -> useMine(r)),
                button(r, "keep-theirs", "Keep theirs", () -> model.keepTheirs(r.finding())));
    }

    /**
     * Use mine: the held value goes into the form. When the clinician changed the colleague's there since, they are asked
     * first ({@link UseMineQuestion}); the default, Cancel, changes nothing.
     */
    private void useMine(ConflictPanelViewModel.Row r) {
        if (model.typedSince(r.finding()).isEmpty()) {
            model.useMine(r.finding(), false);
            return;
        }
        UseMineQuestion.ask(r, model.holdsText(r.finding()), getScene() == null ? null : getScene().getWindow())
                .ifPresent(after -> model.useMine(r.finding(), after));
    }

    /** A wrapping line followed by its buttons, which keep their full width. */
    private static HBox choices(Label what, String styleClass, Button... buttons) {
        what.setWrapText(true);
        HBox box = new HBox(12, what);
        box.getChildren().addAll(buttons);
        box.getStyleClass().add(styleClass);
        HBox.setHgrow(what, Priority.ALWAYS);
        return box;
    }

    private static Button button(ConflictPanelViewModel.Row r, String suffix, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id(r, suffix));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-heading");
        return l;
    }

    private static Label cell(ConflictPanelViewModel.Row r, String column, String text) {
        Label l = new Label(text);
        l.setId(id(r, column));
        if (r.entry() && (column.equals("theirs") || column.equals("yours"))) {
            // a text, cut to one line: kept narrow enough that the row fits the window
            l.setMaxWidth(260);
            l.setWrapText(true);
        }
        return l;
    }

    private static String id(ConflictPanelViewModel.Row r, String column) {
        return "conflict-" + r.finding().replace('.', '-') + "-" + column;
    }
}
