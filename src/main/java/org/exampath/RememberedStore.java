package org.exampath;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.exampath.clinic.ClinicUrl;
import org.exampath.store.StoreException;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.OpenedStore;

/**
 * Reopens the store used last. A SQLite file that no longer opens gives way to the usual database with
 * a note. A clinic server that cannot be reached is not swapped for this computer's file behind the
 * user's back (the patients' records would split across two stores): the user is asked to try again,
 * use this computer's database, or quit. In the window the store is opened off the JavaFX thread
 * ({@link #reopenIn}), so a server that is slow or down never freezes it.
 */
final class RememberedStore {
    /** The question's header for the clinic server used last, and for one named at start ({@code --db}). */
    static final String LAST_USED = "The clinic server used last cannot be opened";
    static final String NAMED = "The clinic server cannot be opened";

    /** What the user chose when the clinic server last used could not be opened. */
    enum Choice { TRY_AGAIN, USE_LOCAL, QUIT }

    /** The outcome: the store opened, or none (the usual database, with {@code note}), or quit. */
    record Outcome(Optional<OpenedStore> opened, String note, boolean quit) {
    }

    private final Function<String, OpenedStore> opener;
    private final Function<String, Choice> ask;

    /** {@code ask} is given the one-line reason and returns the user's choice (on the thread {@link #open} runs on). */
    RememberedStore(Function<String, OpenedStore> opener, Function<String, Choice> ask) {
        this.opener = opener;
        this.ask = ask;
    }

    Outcome open(String address) {
        while (true) {
            try {
                return new Outcome(Optional.of(opener.apply(address)), null, false);
            } catch (StoreException e) {
                if (!ClinicUrl.names(address)) {
                    return new Outcome(Optional.empty(), "The last database used did not open (" + e.getMessage()
                            + "); this is the usual one.", false);
                }
                switch (ask.apply(e.getMessage())) {
                    case TRY_AGAIN -> {
                    }
                    case USE_LOCAL -> {
                        return new Outcome(Optional.empty(), "The clinic server did not open (" + e.getMessage()
                                + "); this computer's database is open, and exams recorded here stay on this computer.", false);
                    }
                    default -> {
                        return new Outcome(Optional.empty(), null, true);
                    }
                }
            }
        }
    }

    /**
     * Reopens {@code address} in {@code window}, called on the JavaFX thread and never holding it: the window
     * says it is connecting while the store opens on a background thread, and the question about a server
     * that cannot be reached is asked on the JavaFX thread while that thread waits for the answer. Completes
     * on the JavaFX thread with the model shown: the store reopened, or {@code usual} (opened there) with the
     * note; empty when the user quit, or {@code usual} gave nothing.
     */
    CompletableFuture<Optional<ExamViewModel>> reopenIn(ExamWindow window, String address, Supplier<Optional<OpenedStore>> usual) {
        window.connecting(address);
        RememberedStore offFx = new RememberedStore(opener, reason -> CompletableFuture.supplyAsync(() -> ask.apply(reason),
                Platform::runLater).join());
        CompletableFuture<Optional<ExamViewModel>> shown = new CompletableFuture<>();
        // its own thread: the attempt may wait on the user's answer, and must not hold a thread of the shared pool
        CompletableFuture.supplyAsync(() -> offFx.open(address), task -> {
            Thread t = new Thread(task, "exampath-reopen-store");
            t.setDaemon(true);
            t.start();
        }).whenComplete((outcome, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                shown.completeExceptionally(failure.getCause() != null ? failure.getCause() : failure);
                return;
            }
            if (outcome.quit()) {
                shown.complete(Optional.empty());
                return;
            }
            Optional<OpenedStore> opened = outcome.opened().or(usual);
            Optional<ExamViewModel> model = opened.map(window::show);
            model.ifPresent(m -> {
                if (outcome.note() != null) {
                    m.opened(outcome.note());
                }
            });
            shown.complete(model);
        }));
        return shown;
    }

    /**
     * Asks, over {@code owner} and under {@code header} ({@link #LAST_USED} or {@link #NAMED}), what to do about
     * a clinic server that cannot be opened (JavaFX thread).
     */
    static Choice askOver(Window owner, String header, String reason) {
        ButtonType again = new ButtonType("Try again", ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType("Use this computer's database", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, reason + "\n\nExams recorded on this computer's database stay on"
                + " this computer; they are not on the clinic server.", again, local, quit);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.getDialogPane().lookupButton(again).setId("server-try-again");
        alert.getDialogPane().lookupButton(local).setId("server-use-local");
        alert.getDialogPane().lookupButton(quit).setId("server-quit");
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == quit) {
            return Choice.QUIT;
        }
        return choice.get() == again ? Choice.TRY_AGAIN : Choice.USE_LOCAL;
    }
}
