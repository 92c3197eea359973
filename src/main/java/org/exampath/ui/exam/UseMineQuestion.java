package org.exampath.ui.exam;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question "Use mine" asks when the clinician changed the colleague's value in the form since it was put there (their
 * change is stored): for a plan or assessment, whether to put the held text after what they typed or in its place; for a
 * side, age or sex, whether to replace the one they entered with the one held. Cancel, the default, changes nothing.
 */
final class UseMineQuestion {
    private UseMineQuestion() {
    }

    /**
     * The answer for {@code r}'s row ({@code text}: it holds a plan or assessment): true to put the text after what was
     * typed, false to replace what is in the form; empty for Cancel.
     */
    static Optional<Boolean> ask(ConflictPanelViewModel.Row r, boolean text, Window owner) {
        String what = r.label().toLowerCase(Locale.ROOT);
        ButtonType after = new ButtonType("Put mine after it", ButtonBar.ButtonData.YES);
        ButtonType instead = new ButtonType("Replace it with mine", ButtonBar.ButtonData.NO);
        Alert ask = text
                ? new Alert(Alert.AlertType.CONFIRMATION, "You changed the " + what + " in the form since " + r.setBy() + "'s was put"
                        + " there, and your change is saved. Put your held " + what + " after it, or replace it with yours (the"
                        + " record's history keeps the one replaced)?", after, instead, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, "You changed the " + what + " in the form since " + r.setBy() + "'s ("
                        + r.theirs() + ") was put there, and your change is saved. Replace it with your held " + what + " ("
                        + r.yours() + ")? The record's history keeps the one replaced.", instead, ButtonType.CANCEL);
        ask.setHeaderText(text ? "You typed in the " + what + " since" : "You changed the " + what + " since");
        if (owner != null) {
            ask.initOwner(owner);
        }
        if (text) {
            ask.getDialogPane().lookupButton(after).setId("use-mine-after");
            ((Button) ask.getDialogPane().lookupButton(after)).setDefaultButton(false);
        }
        ask.getDialogPane().lookupButton(instead).setId("use-mine-replace");
        ((Button) ask.getDialogPane().lookupButton(instead)).setDefaultButton(false);
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("use-mine-cancel");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == after || b == instead).map(b -> b == after);
    }
}
