package org.exampath.ui.encounters;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;

/** Lists and searches stored encounters; opens one or starts a follow-up in the exam window. */
public final class EncounterBrowserViewModel {
    static final int LIMIT = 500;

    private final Autosave autosave;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Encounters.Row> rows = FXCollections.observableArrayList();
    private Consumer<Runnable> fx = Platform::runLater;
    private long searches;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public EncounterBrowserViewModel(Autosave autosave) {
        this.autosave = autosave;
        query.addListener((obs, old, now) -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Encounters.Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Tests without the toolkit apply results in place. */
    public void runUpdatesWith(Consumer<Runnable> runner) {
        fx = runner;
    }

    /**
     * Patient label, date (2026-11 …) or leading hypothesis; newest first. The store is read off
     * the JavaFX thread; the rows are replaced when the answer arrives, unless a newer search has
     * been asked for meanwhile. The future completes once the rows are shown.
     */
    public CompletableFuture<Void> search() {
        long asked = ++searches;
        String text = query.get();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> autosave.store().list(text, LIMIT)).whenComplete((found, failure) -> fx.accept(() -> {
            if (asked == searches) {
                if (failure == null) {
                    rows.setAll(found);
                    message.set(found.isEmpty() ? "No encounter matches."
                            : found.size() == LIMIT ? "Showing the newest " + LIMIT + "." : "");
                } else {
                    message.set(failure.getCause() instanceof StoreException e ? e.getMessage() : failure.getMessage());
                }
            }
            shown.complete(null);
        }));
        return shown;
    }

    public CompletableFuture<Void> open(Encounters.Row row) {
        return autosave.load(row.id());
    }

    public CompletableFuture<Void> followUp(Encounters.Row row) {
        return autosave.followUp(row.id());
    }
}
