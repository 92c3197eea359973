package org.exampath.ui.hypotheses;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.exampath.text.Describe;

/** The tests most worth doing next, each with why in a few words; the expected gain only with Evidence on. */
final class NextTestsView extends VBox {
    private final HypothesisPanelViewModel model;
    private final ObservableBooleanValue evidence;

    NextTestsView(HypothesisPanelViewModel model) {
        super(2);
        this.model = model;
        this.evidence = model.evidenceProperty();
        setId("next-tests");
        ObservableList<HypothesisPanelViewModel.NextTestItem> tests = model.nextTests();
        tests.addListener((ListChangeListener<HypothesisPanelViewModel.NextTestItem>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        for (HypothesisPanelViewModel.NextTestItem t : model.nextTests()) {
            Hyperlink link = new Hyperlink(t.label());
            link.setId("next-" + Describe.nodeId(t.finding()));
            link.getStyleClass().add("next-test");
            link.setWrapText(true);
            link.setOnAction(e -> model.reveal(t.finding()));
            Label why = new Label(t.why());
            why.setId("why-next-" + Describe.nodeId(t.finding()));
            why.getStyleClass().add("next-test-why");
            why.setWrapText(true);
            Label gain = new Label(t.gain());
            gain.getStyleClass().add("evidence-detail");
            gain.visibleProperty().bind(evidence);
            gain.managedProperty().bind(evidence);
            getChildren().addAll(link, why, gain);
        }
        if (getChildren().isEmpty()) {
            Label none = new Label("None: no untested finding would change the picture much.");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            getChildren().add(none);
        }
    }
}
