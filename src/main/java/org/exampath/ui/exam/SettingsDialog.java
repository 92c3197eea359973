package org.exampath.ui.exam;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.exampath.ui.common.Keys;

/**
 * Settings: the clinician's name and clinic, as the note should print them. Kept in the database by
 * the view model; nothing is taken from the computer's login.
 */
final class SettingsDialog extends Dialog<ButtonType> {
    SettingsDialog(Window owner, ExamViewModel model) {
        initOwner(owner);
        setTitle("ExamPath: settings");
        setHeaderText("Who signs the consultation note");
        TextField name = new TextField(model.clinicianProperty().get());
        name.setId("settings-clinician");
        name.setPromptText("e.g. A. Example, physiotherapist");
        name.setPrefColumnCount(28);
        Keys.keepText(name);
        TextField clinic = new TextField(model.clinicProperty().get());
        clinic.setId("settings-clinic");
        clinic.setPromptText("e.g. Hip and Pelvis Clinic");
        clinic.setPrefColumnCount(28);
        Keys.keepText(clinic);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, labelFor("_Clinician", name), name);
        grid.addRow(1, labelFor("Cli_nic", clinic), clinic);
        Label hint = new Label("Printed on every note and copied summary. Leave empty to name no one.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        grid.add(hint, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // open on the first field, not on OK: a stray Enter must not close it before anything is typed
        setOnShown(e -> javafx.application.Platform.runLater(name::requestFocus));
        setResultConverter(button -> {
            if (button == ButtonType.OK) {
                model.saveSettings(name.getText(), clinic.getText());
            }
            return button;
        });
    }

    /** A label that names its field to a screen reader and moves to it by Alt and its underlined letter. */
    private static Label labelFor(String text, TextField field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
