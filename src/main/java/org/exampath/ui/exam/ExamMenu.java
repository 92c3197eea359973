package org.exampath.ui.exam;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.exampath.ui.common.TextSize;
import org.exampath.ui.encounters.EncounterBrowser;
import org.exampath.ui.encounters.EncounterBrowserViewModel;

/**
 * The exam window's menus: File (new, open, save, note, copy, encounters, follow-up, restore,
 * open database, settings, quit) and Go (the five steps by Ctrl+1..5, each putting the focus on its first
 * unanswered question, next/previous, practice, class scores), View (the text size) and Help (about).
 */
final class ExamMenu {
    private final ExamViewModel model;
    private final ExamFiles files;
    private final ExamSteps steps;
    private final Supplier<Window> window;

    ExamMenu(ExamViewModel model, ExamFiles files, ExamSteps steps, Supplier<Window> window) {
        this.model = model;
        this.files = files;
        this.steps = steps;
        this.window = window;
    }

    /**
     * A menu action that puts another exam in place of this one: it runs only once the window agrees (it asks
     * first while an entry of this clinician's would be lost).
     */
    private javafx.event.EventHandler<javafx.event.ActionEvent> leaving(Runnable action) {
        return e -> {
            if (model.mayLeaveExam()) {
                action.run();
            }
        };
    }

    MenuBar bar() {
        MenuItem newExam = item("_New exam", "Shortcut+N", "menu-new");
        newExam.setOnAction(leaving(() -> {
            model.newExam();
            focusFirstQuestion();
        }));
        MenuItem open = item("_Open…", "Shortcut+O", "menu-open");
        open.setOnAction(leaving(() -> files.chooseOpen(window.get()).ifPresent(file -> {
            if (model.open(file)) {
                model.opening().thenRun(this::focusFirstQuestion);
            }
        })));
        MenuItem save = item("Save _As…", "Shortcut+Shift+S", "menu-save-as");
        save.setOnAction(e -> files.chooseSave(window.get()).ifPresent(model::saveAs));
        MenuItem note = item("E_xport note…", "Shortcut+P", "menu-export-note");
        note.setOnAction(e -> exportNote());
        MenuItem copy = item("_Copy summary", "Shortcut+Shift+C", "menu-copy-summary");
        copy.setOnAction(e -> copySummary(model, window.get()));
        Menu file = new Menu("_File", null, newExam, open, save, new SeparatorMenuItem(), note, copy);
        file.setId("menu-file");
        if (model.canOpenDatabase()) {
            MenuItem database = item("Open _database…", "Shortcut+Shift+O", "menu-open-database");
            database.setOnAction(e -> org.exampath.ui.store.OpenDatabaseView.show(window.get(), model.openDatabase(),
                    window.get().getScene().getStylesheets().get(0), files::chooseDatabase));
            file.getItems().addAll(new SeparatorMenuItem(), database);
        }
        MenuItem quit = item("_Quit", "Shortcut+Q", "menu-quit");
        quit.setOnAction(e -> quit());
        MenuItem settings = item("Se_ttings…", "Shortcut+COMMA", "menu-settings");
        settings.setOnAction(e -> new SettingsDialog(window.get(), model).show());
        if (model.autosave() != null) {
            MenuItem encounters = item("_Encounters…", "Shortcut+E", "menu-encounters");
            // browsing replaces nothing; the list's Open and Start follow-up ask the window before they do, and once
            // the encounter is shown the keyboard is on its first question, as after New exam
            encounters.setOnAction(e -> EncounterBrowser.show(window.get(), new EncounterBrowserViewModel(model.autosave(),
                    model::mayLeaveExam, this::focusFirstQuestion), window.get().getScene().getStylesheets().get(0)));
            MenuItem followUp = item("Start _follow-up of this encounter", "Shortcut+Shift+F", "menu-follow-up");
            followUp.disableProperty().bind(model.autosave().encounterIdProperty().isNull());
            // as from the list: once the follow-up is shown, the keyboard is on its first question
            followUp.setOnAction(leaving(() -> model.autosave().followUp(model.autosave().encounterIdProperty().get())
                    .thenRun(this::focusFirstQuestion)));
            file.getItems().addAll(new SeparatorMenuItem(), encounters, followUp);
        }
        if (model.canRestoreBackup()) {
            MenuItem restore = item("_Restore the last backup…", "Shortcut+Shift+R", "menu-restore");
            restore.setOnAction(e -> {
                javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                        "The database will be replaced by the backup taken when ExamPath last started: encounters entered or "
                        + "changed since then are lost. The audit and red-flag actions written since then are kept, and so "
                        + "are the clinician and clinic in Settings.");
                confirm.setHeaderText("Restore the last backup?");
                confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> model.restoreBackup());
            });
            file.getItems().add(restore);
        }
        file.getItems().addAll(new SeparatorMenuItem(), settings, quit);
        Menu go = new Menu("_Go");
        for (Step step : Step.values()) {
            MenuItem item = item(step.title(), "Shortcut+" + (step.ordinal() + 1), "menu-go-" + step.name().toLowerCase());
            item.setOnAction(e -> {
                model.go(step);
                steps.focusFirstQuestion(step);
            });
            go.getItems().add(item);
        }
        MenuItem practiceItem = item("P_ractice mode…", "Shortcut+Shift+P", "menu-practice");
        practiceItem.setOnAction(e -> model.openPractice(practiceModel ->
                org.exampath.ui.practice.PracticeView.show(window.get(), practiceModel, window.get().getScene().getStylesheets().get(0))));
        MenuItem next = item("_Next step", "Shortcut+Page Down", "menu-next");
        next.setOnAction(e -> model.next());
        MenuItem previous = item("_Previous step", "Shortcut+Page Up", "menu-previous");
        previous.setOnAction(e -> model.previous());
        MenuItem scores = item("Class _scores…", "Shortcut+Shift+K", "menu-class-scores");
        scores.setOnAction(e -> model.openClassScores(scoresModel -> org.exampath.ui.scores.ClassScoresView.show(window.get(),
                scoresModel, window.get().getScene().getStylesheets().get(0), files::chooseCsv)));
        go.getItems().addAll(new SeparatorMenuItem(), next, previous, new SeparatorMenuItem(), practiceItem, scores);
        MenuItem about = item("_About ExamPath", null, "menu-about");
        Menu view = textSizes();
        about.setOnAction(e -> AboutDialog.show(window.get(), model.session().knowledge()));
        Menu help = new Menu("_Help", null, about);
        help.setId("menu-help");
        return new MenuBar(file, go, view, help);
    }

    /** View: the text size of every window, one of three, kept on this computer for the next start. */
    private static Menu textSizes() {
        Menu view = new Menu("_View");
        view.setId("menu-view");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (TextSize size : TextSize.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(size.label());
            item.setMnemonicParsing(true);
            item.setId("menu-text-" + size.name().toLowerCase());
            item.setUserData(size);
            item.setToggleGroup(group);
            item.setSelected(TextSize.chosen().get() == size);
            item.setOnAction(e -> {
                item.setSelected(true);
                TextSize.chosen().set(size);
            });
            view.getItems().add(item);
        }
        // another window may have changed the size: the tick follows it each time the menu opens
        view.setOnShowing(e -> view.getItems().forEach(i -> ((javafx.scene.control.RadioMenuItem) i)
                .setSelected(TextSize.chosen().get() == i.getUserData())));
        return view;
    }

    /**
     * Once another exam is on screen, the keyboard is on the first question of the step shown (as after Ctrl+1..5):
     * the question that had the focus is on a hidden page, and JavaFX would otherwise hand it to the panel.
     */
    private void focusFirstQuestion() {
        javafx.application.Platform.runLater(() -> steps.focusFirstQuestion(model.stepProperty().get()));
    }

    /**
     * Closes the window as its close box would, after the same check (a red-flag action not stored yet is
     * not dropped without asking); the application's stop() flushes and closes the store.
     */
    private void quit() {
        Window w = window.get();
        if (w != null && model.mayClose()) {
            w.hide();
        }
    }

    private void exportNote() {
        exportNote(model, files, window.get());
    }

    /** Export note…, from the menu or the summary's button: a resisted test half entered is asked about first. */
    static void exportNote(ExamViewModel model, ExamFiles files, Window owner) {
        if (HalfTestQuestion.mayLeaveOut(owner, model.halfEntered(), "the note")) {
            files.chooseNote(owner, model.suggestedNoteName()).ifPresent(model::exportNote);
        }
    }

    /** Copy summary, from the menu or the summary's button: a resisted test half entered is asked about first. */
    static void copySummary(ExamViewModel model, Window owner) {
        if (!HalfTestQuestion.mayLeaveOut(owner, model.halfEntered(), "the summary")) {
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(model.summaryText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.summaryCopied();
    }

    private static MenuItem item(String text, String accelerator, String id) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId(id);
        return item;
    }
}
