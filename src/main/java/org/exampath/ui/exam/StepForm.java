package org.exampath.ui.exam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.ui.common.ExamSession;

/** A column of titled sections of finding rows, generated from the knowledge base's definitions. */
final class StepForm extends VBox {
    private final ExamSession session;
    private final Map<String, FindingRow> rows = new LinkedHashMap<>();

    StepForm(ExamSession session) {
        super(6);
        this.session = session;
        getStyleClass().add("step-form");
        session.examProperty().addListener((obs, old, now) -> {
            for (FindingRow row : rows.values()) {
                String id = row.definition().id();
                if (!java.util.Objects.equals(old.value(id), now.value(id))) {
                    row.refresh();
                }
            }
        });
    }

    private final java.util.Deque<Runnable> pending = new java.util.ArrayDeque<>();

    /** A section added after the first frame, so the window opens without waiting for every row. */
    StepForm sectionLater(String title, String styleClass, List<FindingDefinition> definitions) {
        pending.add(() -> section(title, styleClass, definitions));
        return this;
    }

    /** Builds the next deferred section; false when none is left. */
    boolean buildNext() {
        Runnable next = pending.poll();
        if (next != null) {
            next.run();
        }
        return !pending.isEmpty();
    }

    void buildAll() {
        while (buildNext()) {
            // keep building
        }
    }

    StepForm section(String title, String styleClass, List<FindingDefinition> definitions) {
        Label header = new Label(title);
        header.getStyleClass().add("section-title");
        VBox section = new VBox(2, header);
        section.getStyleClass().addAll("form-section", styleClass);
        for (FindingDefinition d : definitions) {
            FindingRow row = new FindingRow(d, session);
            rows.put(d.id(), row);
            section.getChildren().add(row);
        }
        getChildren().add(section);
        return this;
    }

    StepForm node(Node node) {
        getChildren().add(node);
        return this;
    }


    static List<FindingDefinition> group(List<FindingDefinition> definitions, String group) {
        return definitions.stream().filter(d -> d.group().equals(group)).toList();
    }
}
