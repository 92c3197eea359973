package org.exampath.ui.exam;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.exampath.ui.common.Autosave;

/**
 * The question asked before the window closes while a change to an exam failed to save and waits for its retry (a full
 * disk, a server out of reach). Staying keeps the retries going; the exam can be saved as an exam file elsewhere (a
 * USB stick, another drive); quitting says whether a recovery copy is on disk or the change is lost. Staying is the
 * default, so a stray Enter loses nothing.
 */
final class UnsavedExamQuestion {
    private UnsavedExamQuestion() {
    }

    /** True when nothing waits for its retry, or the user chose to quit anyway, or saved the exam elsewhere (JavaFX thread). */
    static boolean mayQuit(Stage stage, ExamViewModel model, ExamFiles files) {
        Autosave autosave = model.autosave();
        while (autosave != null && autosave.examUnsaved()) {
            boolean copied = autosave.examKeptOnDisk();
            ButtonType stay = new ButtonType("Keep the window open", ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonType elsewhere = new ButtonType("Save as an exam file…", ButtonBar.ButtonData.OTHER);
            ButtonType quit = new ButtonType(copied ? "Quit; use the copy later" : "Quit and lose it", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.WARNING, text(copied), stay, elsewhere, quit);
            alert.setHeaderText("Your latest entries are not saved");
            alert.initOwner(stage);
            ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
            ((Button) alert.getDialogPane().lookupButton(quit)).setDefaultButton(false);
            alert.getDialogPane().lookupButton(stay).setId("quit-keep-exam");
            alert.getDialogPane().lookupButton(elsewhere).setId("quit-save-exam-file");
            alert.getDialogPane().lookupButton(quit).setId("quit-lose-exam");
            Optional<ButtonType> choice = alert.showAndWait();
            if (choice.isEmpty() || choice.get() == stay) {
                return false;
            }
            if (choice.get() == quit) {
                return true;
            }
            Optional<Path> file = files.chooseSave(stage);
            // the file holds the exam shown: enough only when no other exam's change waits (else the question comes again)
            if (file.isPresent() && model.saveAs(file.get()) && autosave.unsavedOnlyShown()) {
                return true;
            }
        }
        return true;
    }

    private static String text(boolean copied) {
        return "The store could not save your latest entries (see the status line) and is trying again." + (copied
                ? " A recovery copy is on this computer: if you quit now, ExamPath names it at its next start, to be opened again."
                : " No copy could be written to disk either: they are only on screen, and if you quit now they are lost.")
                + " Keep the window open until the status line says Saved, or save the exam as a file somewhere else.";
    }
}
