package org.exampath.ui.exam;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.store.OpenDatabaseViewModel;

/**
 * The exam window over one store at a time. File > Open database… switches it: every change to the exam
 * shown is saved first, the new store is opened and checked off the JavaFX thread, and only then does the
 * window move to it; a bad address or an unreachable server leaves the store open before untouched.
 */
public final class ExamWindow {
    private final Stage stage;
    private final Supplier<ExamSession> sessions;
    private final StoreOpener opener;
    private final ExamFiles files;
    private OpenedStore store;
    private ExamViewModel model;
    private java.util.function.Consumer<OpenedStore> switched = opened -> { };

    public ExamWindow(Stage stage, Supplier<ExamSession> sessions, StoreOpener opener, ExamFiles files) {
        this.stage = stage;
        this.sessions = sessions;
        this.opener = opener;
        this.files = files;
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closeCheck);
    }

    /** Asks before the stage closes while something of this clinician's would be lost; removed by {@link #close}. */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> closeCheck = e -> {
        if (model != null && !model.mayClose()) {
            e.consume();
        }
    };

    /**
     * The window may close: no red-flag action is waiting to be stored, or the user chose to quit anyway
     * (the default keeps the window open). The question says whether the action has a recovery copy,
     * sent again when its encounter is next opened, or would be lost.
     */
    private boolean mayClose() {
        return flagHeldMayGo(true) && textHeldMayGo(true) && draftsMayGo(true) && halvesMayGo(true) && actionsMayGo()
                && (model == null || UnsavedExamQuestion.mayQuit(stage, model, files));
    }

    /** Another exam may replace the one shown: nothing of this clinician's would be lost, or they chose to go on. */
    private boolean mayLeave() {
        return flagHeldMayGo(false) && textHeldMayGo(false) && draftsMayGo(false) && halvesMayGo(false);
    }

    /**
     * True when no resisted test has one half chosen and the other not, or the user chose to go anyway (the default
     * stays): a half is recorded nowhere until both are chosen, so leaving loses it.
     */
    private boolean halvesMayGo(boolean quitting) {
        return HalfTestQuestion.mayGo(stage, model == null ? List.of() : model.halfEntered(), quitting);
    }

    /**
     * True when no red-flag action is typed in the banner without being recorded, or the user chose to go anyway
     * (the default stays): what was typed belongs to this exam and is never carried to another.
     */
    private boolean draftsMayGo(boolean quitting) {
        List<String> typed = model == null ? List.of() : model.unrecordedActions();
        if (typed.isEmpty()) {
            return true;
        }
        return askToGo("A red-flag action is typed but not recorded", "You typed an action for " + String.join("; ", typed)
                        + " but did not record it. Press Record, or Enter in its field, to keep it with this exam; if you "
                        + (quitting ? "quit" : "leave this exam") + " now, it is not kept.",
                quitting ? "Keep the window open" : "Stay with this exam", "keep-action-draft",
                quitting ? "Quit; the action is not recorded" : "Leave; the action is not recorded", "lose-action-draft");
    }

    /**
     * True when no conflict row hides a red flag this clinician entered, or the user chose to go anyway (the
     * default stays): their entry was never stored, so quitting, or leaving the exam for another, loses it.
     */
    private boolean flagHeldMayGo(boolean quitting) {
        if (model == null || !model.conflicts().flagHiddenProperty().get()) {
            return true;
        }
        return askToGo("A red flag you entered is not saved", "A value you entered raised a red flag, but a colleague's value"
                        + " was kept and yours was not stored. Enter yours again or keep theirs in the panel under the steps; if you "
                        + (quitting ? "quit" : "leave this exam") + " now, your entry is not kept anywhere.",
                quitting ? "Keep the window open" : "Stay with this exam", "quit-keep-flag",
                quitting ? "Quit; my entry is not kept" : "Leave; my entry is not kept", "quit-lose-flag");
    }

    /**
     * True when the conflict panel holds no plan, assessment, side, age or sex of this clinician's refused because a
     * colleague changed it, or the user chose to go anyway (the default stays): that entry is stored nowhere else.
     */
    private boolean textHeldMayGo(boolean quitting) {
        if (model == null || !model.conflicts().textHeldProperty().get()) {
            return true;
        }
        return askToGo("Your entry is not saved", "A colleague changed the plan, assessment, side, age or sex while you were"
                        + " entering yours, so theirs was kept and yours was not stored. Press Use mine or Keep theirs in the panel"
                        + " under the steps; if you " + (quitting ? "quit" : "leave this exam") + " now, yours is not kept anywhere.",
                quitting ? "Keep the window open" : "Stay with this exam", "quit-keep-text",
                quitting ? "Quit; my entry is not kept" : "Leave; my entry is not kept", "quit-lose-text");
    }

    /**
     * True when no red-flag action waits to be stored, or the user chose to quit anyway (the default keeps
     * the window open); the question says whether the action has a recovery copy.
     */
    private boolean actionsMayGo() {
        if (model == null || model.autosave() == null || !model.autosave().actionsUnsaved()) {
            return true;
        }
        boolean copied = model.autosave().actionsKeptOnDisk();
        return askToGo("A red-flag action is not saved", "A red-flag action you recorded could not be stored yet and is waiting"
                        + " to be tried again." + (copied ? " A copy is kept on this computer: if the window closes now, it is stored"
                        + " when this encounter is next opened." : " If the window closes now, it is lost."),
                "Keep the window open", "quit-keep-open", copied ? "Quit; store it later" : "Quit and lose it", "quit-lose-action");
    }

    /** Asks over the window whether to go on although something would be lost; staying is the default. */
    private boolean askToGo(String header, String text, String stay, String stayId, String go, String goId) {
        return StayOrGo.ask(stage, header, text, stay, stayId, go, goId);
    }

    /**
     * Shows, before any store, that the window is waiting for {@code address} to open (JavaFX thread). The
     * address is one kept by ExamPath, never one holding a password. {@link #show} replaces it.
     */
    public void connecting(String address) {
        javafx.scene.control.Label text = new javafx.scene.control.Label("Connecting to " + address + "…");
        text.setId("connecting");
        text.setWrapText(true);
        javafx.scene.control.Label hint = new javafx.scene.control.Label(
                "The exam window opens once the database answers; if it cannot be reached you are asked what to do.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        javafx.scene.layout.VBox pane = new javafx.scene.layout.VBox(12, spinner, text, hint);
        pane.setId("connecting-pane");
        pane.setAlignment(javafx.geometry.Pos.CENTER);
        pane.setPadding(new javafx.geometry.Insets(24));
        if (stage.getScene() == null) {
            stage.setScene(ExamView.scene(pane, OpeningSize.onPrimaryScreen()));
        } else {
            stage.getScene().setRoot(pane);
        }
        stage.setTitle("ExamPath — connecting to " + address);
    }

    /** Shows the window on {@code opened}, a fresh exam session on it (JavaFX thread). */
    public ExamViewModel show(OpenedStore opened) {
        ExamViewModel next = opened.model(sessions.get());
        next.setCloseGuard(this::mayClose);
        next.setLeaveGuard(this::mayLeave);
        next.setOpenDatabase(() -> new OpenDatabaseViewModel(opened.name(), this::open));
        ExamView view = new ExamView(next, files);
        if (stage.getScene() == null) {
            stage.setScene(ExamView.scene(view));
        } else {
            if (stage.getScene().getRoot() instanceof ExamView before) {
                before.dispose();
            }
            stage.getScene().setRoot(view);
        }
        stage.setTitle("ExamPath — " + opened.name());
        next.opened(opened.remark().isEmpty() ? "Opened " + opened.name() + "." : opened.remark());
        store = opened;
        model = next;
        return next;
    }

    /** Told of every store the window moves to with File > Open database… (to remember it). */
    public void setOnSwitched(java.util.function.Consumer<OpenedStore> listener) {
        switched = listener;
    }

    public OpenedStore store() {
        return store;
    }

    public ExamViewModel model() {
        return model;
    }

    /**
     * Moves the window to the store {@code address} names. Completes empty once it shows it, or with the
     * one-line reason it did not: the current exam not yet saved, a bad address, a server that refuses.
     */
    public CompletableFuture<Optional<String>> open(String address) {
        OpenedStore leaving = store;
        ExamViewModel shown = model;
        if (leaving != null && leaving.isAt(address)) {
            // however the address is spelt, the one open is named: it is the same store, so the answer is the same
            return CompletableFuture.completedFuture(Optional.of(leaving.name() + " is already open."));
        }
        CompletableFuture<Optional<String>> result = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> flush(shown)).whenComplete((flushed, failure) -> Platform.runLater(() -> {
            Optional<String> unsaved = failure != null ? Optional.of(cause(failure).getMessage()) : unsaved(shown);
            if (unsaved.isPresent()) {
                result.complete(Optional.of("the exam shown is not saved yet (" + unsaved.get()
                        + "); it stays open here until it is."));
                return;
            }
            CompletableFuture.supplyAsync(() -> opener.open(address)).whenComplete((opened, refused) -> Platform.runLater(() -> {
                if (refused != null) {
                    result.complete(Optional.of(cause(refused).getMessage()));
                    return;
                }
                show(opened);
                switched.accept(opened);
                if (leaving != null) {
                    CompletableFuture.runAsync(leaving::close);
                }
                result.complete(Optional.empty());
            }));
        }));
        return result;
    }

    /** Waits, off the JavaFX thread, until every change to the exam shown has been tried. */
    private static void flush(ExamViewModel shown) {
        if (shown != null && shown.autosave() != null) {
            shown.autosave().flush();
        }
    }

    /** After the flush: the reason the last change is not stored, if it is not. */
    private static Optional<String> unsaved(ExamViewModel shown) {
        if (shown == null || shown.autosave() == null) {
            return Optional.empty();
        }
        if (shown.autosave().actionsUnsaved()) {
            return Optional.of("a red-flag action is not stored yet");
        }
        if (!shown.unrecordedActions().isEmpty()) {
            return Optional.of("a red-flag action is typed but not recorded (" + String.join("; ", shown.unrecordedActions())
                    + "): record it or clear its field first");
        }
        if (shown.conflicts().flagHiddenProperty().get()) {
            return Optional.of("a red flag you entered was not stored (a colleague's value was kept): enter yours again or"
                    + " keep theirs first");
        }
        if (shown.conflicts().textHeldProperty().get()) {
            return Optional.of("your plan, assessment, side, age or sex was not stored (a colleague's was kept): use yours or keep"
                    + " theirs first");
        }
        if (!shown.autosave().failedProperty().get()) {
            return Optional.empty();
        }
        return Optional.of(shown.autosave().statusProperty().get());
    }

    /** Closes the store shown (on quitting). */
    public void close() {
        stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closeCheck); // a closed window asks nothing more
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
