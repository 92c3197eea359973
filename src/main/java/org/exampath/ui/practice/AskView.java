package org.exampath.ui.practice;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.practice.PracticeSession;
import org.exampath.text.Describe;

/** Every question and test of the exam as a button; pressing one reveals what the case holds there. */
final class AskView extends VBox {
    private static final List<String> STEPS = List.of("history", "redflag", "palpation", "strength", "neuro", "nerve", "provocation");
    private static final Map<String, String> TITLES = Map.of("history", "History", "redflag", "Red-flag screen", "palpation",
            "Palpation", "strength", "Resisted tests", "neuro", "Neuro screen", "nerve", "Nerve-bias tests", "provocation",
            "Provocation tests");
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
        for (String step : STEPS) {
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
            Label title = new Label(TITLES.get(step));
            title.getStyleClass().add("section-title");
            getChildren().addAll(title, buttons);
        }
    }
}
