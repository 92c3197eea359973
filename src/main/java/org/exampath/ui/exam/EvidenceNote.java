package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.Citation;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.text.Describe;
import org.exampath.text.LrWords;
import org.exampath.ui.common.Tips;

/**
 * The "i" beside a test: how to do it, and what it is worth in plain words ("makes it about 3× more
 * likely", "Author Year, study type"), one click away; the LRs themselves and their tags are in the
 * panel's Evidence view. The note is built on the first click, not with the form.
 */
final class EvidenceNote {
    private EvidenceNote() {
    }

    static void attach(VBox row, HBox line, FindingDefinition definition, KnowledgeBase knowledge) {
        if (definition.howTo().isEmpty() && knowledge.rowsFor(definition.id()).isEmpty()) {
            return;
        }
        ToggleButton info = new ToggleButton("i");
        info.getStyleClass().add("info-toggle");
        info.setId(Describe.nodeId(definition.id()) + "-info");
        Tips.install(info, "How to do it and what it is worth");
        AnswerNames.nameInfo(info, definition);
        line.getChildren().add(info);
        info.selectedProperty().addListener((obs, was, now) -> {
            if (now && row.lookup("#" + Describe.nodeId(definition.id()) + "-note") == null) {
                Label note = new Label(text(definition, knowledge));
                note.setWrapText(true);
                note.getStyleClass().add("evidence-note");
                note.setId(Describe.nodeId(definition.id()) + "-note");
                note.managedProperty().bind(info.selectedProperty());
                note.visibleProperty().bind(info.selectedProperty());
                row.getChildren().add(note);
            }
        });
    }

    static String text(FindingDefinition definition, KnowledgeBase knowledge) {
        List<String> lines = new ArrayList<>();
        if (!definition.howTo().isEmpty()) {
            lines.add("How: " + definition.howTo());
        }
        for (LikelihoodRow row : knowledge.rowsFor(definition.id())) {
            String hypothesis = knowledge.hypothesis(row.hypothesis()).map(h -> h.label()).orElse(row.hypothesis());
            Citation c = knowledge.citation(row.source());
            lines.add(String.format(Locale.ROOT, "%s → %s: %s (%s).", valueOf(row), Describe.inSentence(hypothesis),
                    LrWords.effect(row.lr()), LrWords.source(c, row.design(), "estimate".equals(row.tag()))));
        }
        return String.join("\n", lines);
    }

    private static String valueOf(LikelihoodRow row) {
        return switch (row.outcome()) {
            case "true" -> "Yes";
            case "false" -> "No";
            case "pain: familiar" -> "Familiar pain";
            case "pain: none, pain" -> "No familiar pain";
            case "non_tender, tender" -> "Not familiar";
            case "combination" -> "With other findings";
            default -> Describe.value(row.outcome());
        };
    }
}
