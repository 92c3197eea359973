package org.exampath.ui.exam;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.Column;

/** The Summary step: the working diagnosis in plain words, flags, imaging, management, everything recorded. */
public final class SummaryView extends Column {
    private final SummaryViewModel model;
    private final VBox recorded = new Column(2);
    private final HBox actions = new HBox(8);

    public SummaryView(SummaryViewModel model) {
        super(8);
        this.model = model;
        setId("summary");
        getStyleClass().add("summary");
        recorded.setId("summary-recorded");
        Label sinceTitle = title("Since the last visit");
        Label since = text("summary-since-last-visit", model.sinceLastVisitProperty());
        for (Label l : new Label[] {sinceTitle, since}) {
            l.visibleProperty().bind(model.followUpProperty());
            l.managedProperty().bind(model.followUpProperty());
        }
        Label noted = text("summary-noted", model.notedProperty());
        noted.getStyleClass().add("noted-line");
        noted.visibleProperty().bind(model.notedProperty().isNotEmpty());
        noted.managedProperty().bind(noted.visibleProperty());
        Label untested = text("summary-untested", model.untestedProperty());
        untested.getStyleClass().add("hint");
        getChildren().addAll(sinceTitle, since,
                title("Red flags"), text("summary-flags", model.flagsProperty()),
                title("Working diagnosis"), text("summary-diagnosis", model.diagnosisProperty()),
                title("Imaging"), text("summary-imaging", model.imagingProperty()),
                title("Management direction"), text("summary-management", model.managementProperty()), noted,
                title("Inconsistent findings"), text("summary-inconsistencies", model.inconsistenciesProperty()),
                actions, title("Recorded findings"), recorded, untested);
        model.recorded().addListener((ListChangeListener<SummaryViewModel.Section>) c -> showRecorded());
        showRecorded();
    }

    /** The summary is worked out only while it is the step on screen. */
    void setActive(boolean showing) {
        model.setActive(showing);
    }

    /** Where the window puts its note actions (export, copy). */
    public HBox actions() {
        return actions;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label text(String id, ReadOnlyStringProperty value) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(value);
        return l;
    }

    private void showRecorded() {
        recorded.getChildren().clear();
        for (SummaryViewModel.Section section : model.recorded()) {
            Label head = new Label(section.title() + (section.lines().isEmpty() ? ": nothing recorded" : ""));
            head.getStyleClass().add("summary-step");
            recorded.getChildren().add(head);
            for (String line : section.lines()) {
                Label l = new Label("  " + line);
                l.setWrapText(true);
                recorded.getChildren().add(l);
            }
        }
    }
}
