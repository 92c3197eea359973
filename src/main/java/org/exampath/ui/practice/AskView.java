package org.exampath.ui.practice;

import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
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
    /** The width the buttons flow within: the visible width of the column, so none lies past its right edge. */
    private final DoubleProperty flowWidth = new SimpleDoubleProperty(this, "flowWidth", Double.MAX_VALUE);

    AskView(PracticeViewModel model) {
        super(6);
        this.model = model;
        setId("practice-ask");
        model.sessionProperty().addListener((obs, old, now) -> show(now));
        // once committed nothing more can be asked, so no button looks as if it could (Start works the case again)
        disableProperty().bind(model.feedbackProperty().isNotNull());
    }

    /** The width to flow the buttons within; a label longer than that wraps inside its button. */
    DoubleProperty flowWidthProperty() {
        return flowWidth;
    }

    private void show(PracticeSession session) {
        getChildren().clear();
        if (session == null) {
            return;
        }
        for (Map.Entry<String, String> section : Describe.SECTIONS.entrySet()) {
            String step = section.getKey();
            FlowPane buttons = new FlowPane(4, 4);
            buttons.prefWrapLengthProperty().bind(flowWidth);
            buttons.setMinWidth(0); // its own minimum is the longest label unwrapped; each button is held within flowWidth instead
            for (FindingDefinition d : model.knowledge().findingsOfStep(step)) {
                Button b = new Button(d.label());
                b.setId("ask-" + Describe.nodeId(d.id()));
                b.getStyleClass().add("ask-button");
                b.setWrapText(true);
                b.maxWidthProperty().bind(flowWidth);
                b.setMinHeight(Region.USE_PREF_SIZE);
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
