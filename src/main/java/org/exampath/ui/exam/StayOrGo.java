package org.exampath.ui.exam;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A warning over the window asking whether to go on although something would be lost or left out, with staying as
 * the default button; shared by the window's leave and quit checks and the note's export check.
 */
final class StayOrGo {
    private StayOrGo() {
    }

    /** True when the user chose {@code go}; false for {@code stay}, Escape or closing the question. */
    static boolean ask(Window owner, String header, String text, String stay, String stayId, String go, String goId) {
        ButtonType keep = new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType leave = new ButtonType(go, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, keep, leave);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(leave)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(leave).setId(goId);
        alert.getDialogPane().lookupButton(keep).setId(stayId);
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
