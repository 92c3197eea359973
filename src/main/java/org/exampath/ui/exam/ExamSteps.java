package org.exampath.ui.exam;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.ui.common.ExamSession;

/** Builds the four form steps from the knowledge base's finding definitions, and the summary. */
final class ExamSteps {
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final Map<String, FindingRow> rows = new LinkedHashMap<>();

    ExamSteps(ExamSession session, SummaryView summary) {
        KnowledgeBase kb = session.knowledge();
        List<FindingDefinition> history = kb.findingsOfStep("history");

        StepForm historyForm = new StepForm(session)
                .node(chartWithChecklist(session, StepForm.group(history, "region")))
                .section("Pain quality", "quality", StepForm.group(history, "quality"))
                .section("Intensity and course", "course", concat(StepForm.group(history, "intensity"), StepForm.group(history, "course")))
                .section("Aggravators", "aggravators", StepForm.group(history, "aggravator"))
                .section("Pattern", "pattern", StepForm.group(history, "pattern"))
                .section("Red-flag screen: ask every question", "red-flag-screen", kb.findingsOfStep("redflag"));
        add(Step.HISTORY, historyForm);

        StepForm palpation = new StepForm(session).section("Palpation sites: press, then ask whether it is their pain",
                "palpation", kb.findingsOfStep("palpation"));
        BodyChart sites = new BodyChart(session, true);
        HBox palpationPage = new HBox(16, sites, palpation);
        HBox.setHgrow(palpation, Priority.ALWAYS);
        rows.putAll(palpation.rows());
        pages.put(Step.PALPATION, palpationPage);

        add(Step.STRENGTH, new StepForm(session)
                .section("Resisted tests: MRC grade and pain", "strength", kb.findingsOfStep("strength"))
                .section("Neuro screen", "neuro", kb.findingsOfStep("neuro")));
        add(Step.NERVE, new StepForm(session)
                .section("Nerve-bias tests", "nerve", kb.findingsOfStep("nerve"))
                .section("Other provocation tests", "provocation", kb.findingsOfStep("provocation")));
        pages.put(Step.SUMMARY, summary);
        pages.values().forEach(p -> {
            if (p instanceof VBox v) {
                v.setPadding(new Insets(12));
            } else if (p instanceof HBox h) {
                h.setPadding(new Insets(12));
            }
        });
    }

    private void add(Step step, StepForm form) {
        rows.putAll(form.rows());
        pages.put(step, form);
    }

    private static Node chartWithChecklist(ExamSession session, List<FindingDefinition> regions) {
        Label hint = new Label("Click the chart or tick the list; the chart shades the exam's side.");
        hint.getStyleClass().add("hint");
        BodyChart chart = new BodyChart(session, false);
        VBox left = new VBox(4, chart, hint);
        HBox box = new HBox(16, left, new RegionChecklist(session, regions));
        box.getStyleClass().add("form-section");
        return box;
    }

    private static List<FindingDefinition> concat(List<FindingDefinition> a, List<FindingDefinition> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    Node page(Step step) {
        return pages.get(step);
    }

    Map<String, FindingRow> rows() {
        return rows;
    }
}
