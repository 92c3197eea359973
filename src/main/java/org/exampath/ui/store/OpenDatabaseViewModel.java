package org.exampath.ui.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File > Open database…: the address typed or chosen (an SQLite file, or
 * {@code postgresql://HOST[:PORT]/DBNAME[?sslmode=…]}), whether the switch is under way, and the one line
 * that says why it failed. No user name or password is asked for or kept: a server login comes from
 * PGUSER and PGPASSWORD or ~/.pgpass, as for the commands.
 */
public final class OpenDatabaseViewModel {
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final String current;
    private final Function<String, CompletableFuture<Optional<String>>> switcher;
    private Consumer<Runnable> fx = Platform::runLater;

    /**
     * {@code switcher} opens the address and completes empty once the window works on it, or with the
     * reason it did not (the store open before is then still open and untouched).
     */
    public OpenDatabaseViewModel(String current, Function<String, CompletableFuture<Optional<String>>> switcher) {
        this.current = current;
        this.switcher = switcher;
    }

    /** Tests without the toolkit apply results in place. */
    public void runUpdatesWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the window works on now. */
    public String current() {
        return current;
    }

    /** A file picked with Browse… becomes the address. */
    public void chose(Path file) {
        address.set(file.toAbsolutePath().toString());
    }

    /** Switches the window to the address; completes true when it did. Never waits on the JavaFX thread. */
    public CompletableFuture<Boolean> open() {
        String typed = address.get() == null ? "" : address.get().strip();
        if (typed.isEmpty()) {
            message.set("Type a database file, or a postgresql://HOST[:PORT]/DBNAME address.");
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        message.set("Opening…"); // not the address typed: a mistyped one may hold a password, which is shown nowhere
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        switcher.apply(typed).whenComplete((refusal, failure) -> fx.accept(() -> {
            busy.set(false);
            Optional<String> reason = failure != null ? Optional.of(String.valueOf(failure.getMessage())) : refusal;
            message.set(reason.map(r -> "Not opened: " + r).orElse(""));
            done.complete(reason.isEmpty());
        }));
        return done;
    }
}
