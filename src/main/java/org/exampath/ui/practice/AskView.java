package org.exampath.ui.practice;

import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.practice.PracticeSession;
import org.exampath.text.Describe;

/**
 * Every question and test of the exam as a button, one section for each part of the record (history, the
 * red-flag screen, observation, palpation ... as {@link Describe#SECTIONS} lists them), each generated from the
 * catalogue: whatever the scorer counts or the engine's path names can be asked. Pressing one reveals what
 * the case holds there.
 */
final class AskView extends VBox {
    private final PracticeViewModel model;

    AskView(PracticeViewModel model) {
        super(6);
        this.model = model;
        setId("practice-ask");
        model.sessionProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(PracticeSession session) {
        getChildren().clear();
        if (session == null) {
            return;
        }
        for (Map.Entry<String, String> section : Describe.SECTIONS.entrySet()) {
            String step = section.getKey();
            FlowPane buttons = new FlowPane(4, 4);
            for (FindingDefinition d : model.knowledge().findingsOfStep(step)) {
                Button b = new Button(d.label());
                b.setId("ask-" + Describe.nodeId(d.id()));
                b.getStyleClass().add("ask-button");
                b.setOnAction(e -> {
                    if (model.ask(d.id()) != null) {
                        b.setDisable(true);
                    }
                });
                buttons.getChildren().add(b);
            }
            Label title = new Label(section.getValue());
            title.getStyleClass().add("section-title");
            getChildren().addAll(title, buttons);
        }
    }
}
