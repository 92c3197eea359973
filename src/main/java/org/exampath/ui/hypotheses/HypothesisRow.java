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
import org.exampath.ui.common.FocusFollow;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;

/** One hypothesis: name, driver tag, probability and bar, and its reasons behind "why?". */
final class HypothesisRow extends Column {
    private final HypothesisRowViewModel model;
    private final VBox details = new Column(2);
    private final ObservableBooleanValue evidence;
    /** The line under the name: bar, driver tag, probability and "why?". */
    private HBox measures;

    HypothesisRow(HypothesisRowViewModel model, ObservableBooleanValue evidence) {
        super(2);
        this.model = model;
        this.evidence = evidence;
        setId("hyp-" + model.id());
        getStyleClass().add("hypothesis-row");
        Label name = new WrappedLabel(model.label());
        name.getStyleClass().add("hypothesis-name");
        Label tag = new Label(model.driverLabel());
        tag.getStyleClass().addAll("driver-tag", model.driverStyleClass());
        Label percent = new Label();
        percent.setId("hyp-" + model.id() + "-percent");
        percent.getStyleClass().add("hypothesis-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.textProperty().bind(model.percentProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(60);
        bar.getStyleClass().add("probability-bar");
        bar.progressProperty().bind(model.probabilityProperty());
        ToggleButton why = new ToggleButton("why?");
        why.setId("hyp-" + model.id() + "-why");
        why.getStyleClass().add("why-toggle");
        why.setMinWidth(Region.USE_PREF_SIZE);
        why.selectedProperty().bindBidirectional(model.expandedProperty());
        // the reasons open under the toggle: the panel brings their start into view with it
        why.setOnAction(e -> FocusFollow.keepPlace(why, why.isSelected() ? details : this));
        Tips.install(why, "Show the findings that moved it and their sources");
        // ten "why?" sit in a row and Tab never visits the names beside them: each says whose reasons it opens, and the figure
        why.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Why ", model.label(), " is at ",
                model.percentProperty(), "?"));
        details.setId("hyp-" + model.id() + "-details");
        details.getStyleClass().add("hypothesis-details");
        details.visibleProperty().bind(model.expandedProperty());
        details.managedProperty().bind(model.expandedProperty());
        model.reasons().addListener((ListChangeListener<HypothesisRowViewModel.Reason>) c -> showReasons());
        // the name has the row's width to itself, the bar shares its line with the rest: a row stays two lines high
        // in the narrow panel, so that the top three fit under a standing flag at 1024×700
        HBox.setHgrow(bar, Priority.ALWAYS);
        // a figure held by the cap is a ceiling of overlapping evidence, not a measurement: marked so beside it
        Label capped = new Label("capped");
        capped.setId("hyp-" + model.id() + "-capped");
        capped.getStyleClass().add("hypothesis-capped");
        capped.setMinWidth(Region.USE_PREF_SIZE);
        capped.visibleProperty().bind(model.cappedProperty());
        capped.managedProperty().bind(model.cappedProperty());
        Tips.install(capped, "Held by the cap: several findings here test much the same thing, so their combined effect is "
                + "held back; see why?");
        measures = new HBox(6, bar, tag, capped, percent, why);
        measures.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(name, measures, details);
    }

    HypothesisRowViewModel model() {
        return model;
    }

    /** The row's name and measures line, without its reasons: the part the panel keeps room for. */
    javafx.scene.Node head() {
        return measures;
    }

    /** The height the row's reasons take below its head while "why?" is open (0 when shut). */
    double reasonsHeight() {
        return details.isVisible() ? details.getHeight() + getSpacing() : 0;
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
