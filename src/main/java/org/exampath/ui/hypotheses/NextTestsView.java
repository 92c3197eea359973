package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.exampath.text.Describe;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.common.WrappedLink;

/**
 * The tests most worth doing next, each with why in a few words; the expected gain only with
 * Evidence on. Each test keeps its entry, moved and relabelled as the list changes: a new node, or a
 * new id on an old one, would cost a style pass on every click.
 */
final class NextTestsView extends Column {
    private final HypothesisPanelViewModel model;
    private final ObservableBooleanValue evidence;
    private final Label none = new WrappedLabel("None: no untested finding would change the picture much.");
    private final Map<String, Entry> entries = new HashMap<>();

    NextTestsView(HypothesisPanelViewModel model) {
        super(2);
        this.model = model;
        this.evidence = model.evidenceProperty();
        none.getStyleClass().add("hint");
        model.nextTests().addListener((ListChangeListener<HypothesisPanelViewModel.NextTestItem>) c -> show());
        setId("next-tests");
        show();
    }

    private void show() {
        List<Node> shown = new ArrayList<>();
        for (HypothesisPanelViewModel.NextTestItem test : model.nextTests()) {
            Entry entry = entries.computeIfAbsent(test.finding(), Entry::new);
            entry.show(test);
            shown.add(entry);
        }
        if (shown.isEmpty()) {
            shown.add(none);
        }
        if (!getChildren().equals(shown)) {
            // nodes that stay are only permuted: taking a node out and back in would restyle it
            getChildren().retainAll(shown);
            shown.stream().filter(n -> !getChildren().contains(n)).forEach(getChildren()::add);
            shown.forEach(Node::toFront);
        }
    }

    /** One next test: the link to its question, why, and (with Evidence on) its expected gain. */
    private final class Entry extends Column {
        private final Hyperlink link = new WrappedLink();
        private final Label why = new WrappedLabel();
        private final Label gain = new Label();

        Entry(String finding) {
            String id = "next-" + Describe.nodeId(finding);
            link.setId(id);
            link.getStyleClass().add("next-test");
            link.setOnAction(e -> model.reveal(finding));
            why.setId("why-" + id);
            why.getStyleClass().add("next-test-why");
            gain.getStyleClass().add("evidence-detail");
            gain.visibleProperty().bind(evidence);
            gain.managedProperty().bind(evidence);
            getChildren().addAll(link, why, gain);
        }

        void show(HypothesisPanelViewModel.NextTestItem next) {
            link.setText(next.label());
            why.setText(next.why());
            gain.setText(next.gain());
            // touched only when it changes: a style class removed and added back restyles the node on every click
            if (next.flagCheck() != why.getStyleClass().contains("next-test-flag-check")) {
                if (next.flagCheck()) {
                    why.getStyleClass().add("next-test-flag-check");
                } else {
                    why.getStyleClass().remove("next-test-flag-check");
                }
            }
        }
    }
}
