package org.exampath.ui.encounters;

import java.util.List;
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

    /** Patient label, date (2026-11 …) or leading hypothesis; newest first. */
    public void search() {
        try {
            List<Encounters.Row> found = autosave.store().list(query.get(), LIMIT);
            rows.setAll(found);
            message.set(found.isEmpty() ? "No encounter matches." : found.size() == LIMIT ? "Showing the newest " + LIMIT + "." : "");
        } catch (StoreException e) {
            message.set(e.getMessage());
        }
    }

    public void open(Encounters.Row row) {
        autosave.load(row.id());
    }

    public void followUp(Encounters.Row row) {
        autosave.followUp(row.id());
    }
}
