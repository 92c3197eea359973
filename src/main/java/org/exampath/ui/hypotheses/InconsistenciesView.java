package org.exampath.ui.hypotheses;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.common.WrappedLink;

/** Findings that do not fit together; each links to the first finding involved. */
final class InconsistenciesView extends Column {
    private final HypothesisPanelViewModel model;

    InconsistenciesView(HypothesisPanelViewModel model) {
        super(4);
        this.model = model;
        setId("inconsistencies");
        model.inconsistencies().addListener((ListChangeListener<HypothesisPanelViewModel.InconsistencyItem>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        for (HypothesisPanelViewModel.InconsistencyItem i : model.inconsistencies()) {
            Hyperlink link = new WrappedLink(i.title());
            link.setId("inc-" + i.id());
            link.getStyleClass().add("inconsistency");
            Tips.install(link, i.suggestion());
            link.setOnAction(e -> model.reveal(i.firstFinding()));
            Label detail = new WrappedLabel(i.detail());
            detail.getStyleClass().add("inconsistency-detail");
            getChildren().addAll(link, detail);
        }
        if (getChildren().isEmpty()) {
            Label none = new Label("None so far.");
            none.getStyleClass().add("hint");
            getChildren().add(none);
        }
    }
}
