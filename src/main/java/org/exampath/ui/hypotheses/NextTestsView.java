package org.exampath.ui.hypotheses;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.exampath.text.Describe;

/**
 * The tests most worth doing next, each with why in a few words; the expected gain only with
 * Evidence on. The entries are kept and relabelled: new nodes would cost a full style pass per click.
 */
final class NextTestsView extends VBox {
    private final HypothesisPanelViewModel model;
    private final ObservableBooleanValue evidence;
    private final Label none = new Label("None: no untested finding would change the picture much.");

    NextTestsView(HypothesisPanelViewModel model) {
        super(2);
        this.model = model;
        this.evidence = model.evidenceProperty();
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        model.nextTests().addListener((ListChangeListener<HypothesisPanelViewModel.NextTestItem>) c -> show());
        setId("next-tests");
        show();
    }

    private void show() {
        List<HypothesisPanelViewModel.NextTestItem> tests = model.nextTests();
        getChildren().remove(none);
        while (getChildren().size() < tests.size()) {
            getChildren().add(new Entry());
        }
        getChildren().remove(tests.size(), getChildren().size());
        for (int i = 0; i < tests.size(); i++) {
            ((Entry) getChildren().get(i)).show(tests.get(i));
        }
        if (tests.isEmpty()) {
            getChildren().add(none);
        }
    }

    /** One next test: the link to its question, why, and (with Evidence on) its expected gain. */
    private final class Entry extends VBox {
        private final Hyperlink link = new Hyperlink();
        private final Label why = new Label();
        private final Label gain = new Label();
        private HypothesisPanelViewModel.NextTestItem item;

        Entry() {
            link.getStyleClass().add("next-test");
            link.setWrapText(true);
            link.setOnAction(e -> model.reveal(item.finding()));
            why.getStyleClass().add("next-test-why");
            why.setWrapText(true);
            gain.getStyleClass().add("evidence-detail");
            gain.visibleProperty().bind(evidence);
            gain.managedProperty().bind(evidence);
            getChildren().addAll(link, why, gain);
        }

        void show(HypothesisPanelViewModel.NextTestItem next) {
            item = next;
            link.setText(next.label());
            String id = "next-" + Describe.nodeId(next.finding());
            if (!id.equals(link.getId())) {
                link.setId(id);
                why.setId("why-" + id);
            }
            why.setText(next.why());
            gain.setText(next.gain());
        }
    }
}
