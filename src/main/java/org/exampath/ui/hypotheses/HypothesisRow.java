package org.exampath.ui.hypotheses;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;

/** One hypothesis: name, driver tag, probability and bar, and its reasons behind "why?". */
final class HypothesisRow extends Column {
    private final HypothesisRowViewModel model;
    private final VBox details = new Column(2);
    private final ObservableBooleanValue evidence;

    HypothesisRow(HypothesisRowViewModel model, ObservableBooleanValue evidence) {
        super(2);
        this.model = model;
        this.evidence = evidence;
        setId("hyp-" + model.id());
        getStyleClass().add("hypothesis-row");
        Label name = new WrappedLabel(model.label());
        name.getStyleClass().add("hypothesis-name");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label tag = new Label(model.driverLabel());
        tag.getStyleClass().addAll("driver-tag", model.driverStyleClass());
        tag.setMinWidth(Region.USE_PREF_SIZE);
        Label percent = new Label();
        percent.setId("hyp-" + model.id() + "-percent");
        percent.getStyleClass().add("hypothesis-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.textProperty().bind(model.percentProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("probability-bar");
        bar.progressProperty().bind(model.probabilityProperty());
        ToggleButton why = new ToggleButton("why?");
        why.setId("hyp-" + model.id() + "-why");
        why.getStyleClass().add("why-toggle");
        why.setMinWidth(Region.USE_PREF_SIZE);
        why.selectedProperty().bindBidirectional(model.expandedProperty());
        Tips.install(why, "Show the findings that moved it and their sources");
        details.setId("hyp-" + model.id() + "-details");
        details.getStyleClass().add("hypothesis-details");
        details.visibleProperty().bind(model.expandedProperty());
        details.managedProperty().bind(model.expandedProperty());
        model.reasons().addListener((ListChangeListener<HypothesisRowViewModel.Reason>) c -> showReasons());
        getChildren().addAll(new HBox(6, name, tag, percent, why), bar, details);
    }

    HypothesisRowViewModel model() {
        return model;
    }

    private void showReasons() {
        details.getChildren().clear();
        for (HypothesisRowViewModel.Reason reason : model.reasons()) {
            Label text = new WrappedLabel(reason.text());
            details.getChildren().add(text);
            if (!reason.evidence().isEmpty()) {
                Label more = new WrappedLabel(reason.evidence());
                more.getStyleClass().add("evidence-detail");
                more.visibleProperty().bind(evidence);
                more.managedProperty().bind(evidence);
                details.getChildren().add(more);
            }
        }
    }
}
