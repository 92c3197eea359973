package org.exampath.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The autosave's status line and its failed state, and the runner that sets them on the JavaFX thread
 * (tests without the toolkit run it in place). {@link #report} may be called from any thread and goes
 * through the runner; {@link #show} and {@link #failed} are for code already running on it. Store reads
 * that end on screen go through {@link #read}, so a failed one is put on this line.
 */
final class StatusLine {
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyBooleanWrapper failed;
    private Consumer<Runnable> fx = Platform::runLater;
    /** What the clinician is asked to check while its exam is shown (see {@link #keep}); empty for none. */
    private String check = "";
    private java.util.function.BooleanSupplier checkStands = () -> false;

    /** {@code bean}: the object the properties belong to. */
    StatusLine(Object bean) {
        status = new ReadOnlyStringWrapper(bean, "status", "");
        failed = new ReadOnlyBooleanWrapper(bean, "failed", false);
    }

    void runWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    /** Runs {@code work} on the runner (the JavaFX thread unless a test said otherwise). */
    void onFx(Runnable work) {
        fx.accept(work);
    }

    /** From any thread: sets the line and whether it reports a failure, on the runner. */
    void report(boolean failure, String text) {
        fx.accept(() -> {
            failed.set(failure);
            status.set(withCheck(text));
        });
    }

    /** On the runner: sets the line. */
    void show(String text) {
        status.set(withCheck(text));
    }

    /**
     * On the runner: {@code notice} (" Age carried forward … check it.") stays at the end of the line, after each save's
     * report, while {@code stands} holds (the exam it is about is still shown); once it no longer holds it is dropped.
     */
    void keep(String notice, java.util.function.BooleanSupplier stands) {
        check = notice;
        checkStands = stands;
    }

    private String withCheck(String text) {
        if (!check.isEmpty() && !checkStands.getAsBoolean()) {
            check = "";
        }
        if (check.isEmpty() || text.endsWith(check)) {
            return text;
        }
        // "Saved 09:00:00 (encounter 2)" has no full stop of its own
        return text.isBlank() ? check.strip() : text.matches("(?s).*[.!?:]") ? text + check : text + "." + check;
    }

    /** On the runner: sets the failed state. */
    void failed(boolean failure) {
        failed.set(failure);
    }

    ReadOnlyStringProperty textProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Reads on a background thread, then applies the result on the JavaFX thread (or reports the failure there). */
    <T> CompletableFuture<Void> read(Supplier<T> reading, Consumer<T> apply) {
        return read(CompletableFuture.completedFuture(null), reading, apply);
    }

    /** As above, the read starting once {@code after} is done (however it ended). */
    <T> CompletableFuture<Void> read(CompletableFuture<?> after, Supplier<T> reading, Consumer<T> apply) {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        after.handle((done, failure) -> null).thenApplyAsync(ready -> reading.get()).whenComplete((value, failure) -> fx.accept(() -> {
            if (failure == null) {
                try {
                    apply.accept(value);
                    shown.complete(null);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                    throw e;
                }
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                failed.set(true);
                status.set("Could not read the store: " + cause.getMessage());
                shown.completeExceptionally(cause);
            }
        }));
        return shown;
    }
}
