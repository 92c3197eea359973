package org.exampath.ui.practice;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a student's work on a case is lost (Start pressed on another case, or the practice window closed). Keeping
 * the work is the default: Enter or Escape keeps it, and only the button that names the loss goes on.
 */
final class LeaveCaseQuestion {
    private LeaveCaseQuestion() {
    }

    /**
     * True when nothing is at stake, or the student chose to go on although {@code stake} says what is lost; false
     * keeps the case as it is. {@code go} is the going button's words ("Start the other case").
     */
    static boolean mayGo(Window owner, Optional<String> stake, String go) {
        if (stake.isEmpty()) {
            return true;
        }
        ButtonType keep = new ButtonType("Keep working", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType leave = new ButtonType(go, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, stake.get(), keep, leave);
        alert.setHeaderText("Leave this case?");
        alert.setTitle("ExamPath: practice");
        if (owner != null) {
            alert.initOwner(owner);
        }
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        Button leaveButton = (Button) alert.getDialogPane().lookupButton(leave);
        keepButton.setDefaultButton(true);
        leaveButton.setDefaultButton(false);
        keepButton.setId("practice-keep-working");
        leaveButton.setId("practice-leave-case");
        return alert.showAndWait().filter(leave::equals).isPresent();
    }
}
