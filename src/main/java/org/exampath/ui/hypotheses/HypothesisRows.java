package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.exampath.ui.common.Column;

/** The ranked hypotheses, most likely first; a row is built once and moved when the order changes. */
final class HypothesisRows extends Column {
    private final ObservableList<HypothesisRowViewModel> rows;
    private final ObservableBooleanValue evidence;

    HypothesisRows(ObservableList<HypothesisRowViewModel> rows, ObservableBooleanValue evidence) {
        super(4);
        this.rows = rows;
        this.evidence = evidence;
        setId("hypotheses");
        rows.addListener((ListChangeListener<HypothesisRowViewModel>) c -> order());
        order();
    }

    /** Puts the rows in the view model's order, reusing the nodes already built for them. */
    private void order() {
        List<Node> ordered = new ArrayList<>();
        for (HypothesisRowViewModel row : rows) {
            ordered.add(getChildren().stream().filter(n -> ((HypothesisRow) n).model() == row).findFirst()
                    .orElseGet(() -> new HypothesisRow(row, evidence)));
        }
        if (!getChildren().equals(ordered)) {
            getChildren().setAll(ordered);
        }
    }
}
