package org.exampath.ui.hypotheses;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.Describe;

/**
 * One hypothesis on the panel: name, driver, probability, and its reasons, which are worked out only
 * while the row is expanded.
 */
public final class HypothesisRowViewModel {
    /** One reason in plain words, with the evidence detail (LR, tag, notes) shown on demand. */
    public record Reason(String text, String evidence) {
    }

    private final String id;
    private final String label;
    private final String driver;
    private final String driverLabel;
    private final ReadOnlyStringWrapper percent = new ReadOnlyStringWrapper(this, "percent", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper capped = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "capped");
    private final ReadOnlyDoubleWrapper probability = new ReadOnlyDoubleWrapper(this, "probability");
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
    private final ObservableList<Reason> reasons = FXCollections.observableArrayList();
    private final ObservableList<Reason> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    private final Function<HypothesisResult, List<Reason>> explain;
    private HypothesisResult result;

    HypothesisRowViewModel(HypothesisResult first, String driverLabel, Function<HypothesisResult, List<Reason>> explain) {
        this.id = first.id();
        this.label = first.label();
        this.driver = first.driver();
        this.driverLabel = driverLabel;
        this.explain = explain;
        expanded.addListener((obs, was, now) -> fill());
        update(first);
    }

    void update(HypothesisResult next) {
        result = next;
        percent.set(Describe.percent(next.probability()));
        probability.set(next.probability());
        capped.set(next.capped());
        fill();
    }

    private void fill() {
        if (expanded.get()) {
            List<Reason> now = explain.apply(result);
            if (!reasons.equals(now)) {
                reasons.setAll(now);
            }
        } else if (!reasons.isEmpty()) {
            reasons.clear();
        }
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String driverLabel() {
        return driverLabel;
    }

    /** The style class of the driver tag: "driver-load", "driver-nerve", "driver-referred". */
    public String driverStyleClass() {
        return "driver-" + driver.toLowerCase(Locale.ROOT);
    }

    public ReadOnlyStringProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** The figure is held by the total cap (or floor): overlapping evidence, not a measurement. */
    public javafx.beans.property.ReadOnlyBooleanProperty cappedProperty() {
        return capped.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty probabilityProperty() {
        return probability.getReadOnlyProperty();
    }

    /** While true the reasons are listed; the "why?" toggle is bound to it. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public ObservableList<Reason> reasons() {
        return reasonsView;
    }
}
