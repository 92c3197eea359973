package org.exampath.ui.exam;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.text.ScreenStatus;
import org.exampath.ui.common.ExamSession;

/** Builds the four form steps from the knowledge base's finding definitions, and the summary. */
final class ExamSteps {
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final List<StepForm> forms = new java.util.ArrayList<>();
    private final Map<Step, StepForm> formOf = new EnumMap<>(Step.class);

    private final ExamSession session;
    /** A follow-up's findings still as the last visit left them, marked on every step. */
    private final CarriedOver carried;
    private final SummaryView summary;
    /** Scrolls to a finding's question and focuses it (the window's jump, as the panel's links use it). */
    private static final javafx.css.PseudoClass SCREEN_COMPLETE = javafx.css.PseudoClass.getPseudoClass("complete");
    private static final javafx.css.PseudoClass FLAG_STANDING = javafx.css.PseudoClass.getPseudoClass("flag-standing");
    private final java.util.function.Consumer<String> reveal;
    private RegionChecklist regions;

    /** {@code carried}: the window's findings carried over from the last visit (the note marks the same ones). */
    ExamSteps(ExamSession session, SummaryView summary, java.util.function.Consumer<String> reveal, CarriedOver carried) {
        this.carried = carried;
        this.session = session;
        this.summary = summary;
        this.reveal = reveal;
    }

    /** A step's page, built the first time it is asked for: the window opens on the first step only. */
    Node page(Step step) {
        return pages.computeIfAbsent(step, this::build);
    }

    /** Focus on the step's first question without an answer (the first question when all are answered). */
    void focusFirstQuestion(Step step) {
        StepForm form = formOf.get(step);
        if (form == null) {
            return;
        }
        if (step == Step.HISTORY && regions != null && regions.focusIfUnanswered()) {
            return;
        }
        form.buildAll();
        FindingRow row = form.firstUnanswered();
        if (row == null) {
            row = form.firstRow();
        }
        if (row != null) {
            row.focusFirstAnswer();
        }
    }

    private Node build(Step step) {
        KnowledgeBase kb = session.knowledge();
        int before = forms.size();
        Node page = switch (step) {
            case HISTORY -> history(kb);
            case PALPATION -> palpation(kb);
            case STRENGTH -> form(new StepForm(session, carried)
                    .section("Resisted tests: MRC grade and pain", "strength", kb.findingsOfStep("strength"))
                    .section("Neuro screen", "neuro", kb.findingsOfStep("neuro")));
            case NERVE -> form(new StepForm(session, carried)
                    .section("Nerve-bias tests", "nerve", kb.findingsOfStep("nerve"))
                    .section("Other provocation tests", "provocation", StepForm.group(kb.findingsOfStep("provocation"), "provocation"))
                    .section("SIJ provocation tests: each on its own, or the count once all five are done", "sij",
                            StepForm.group(kb.findingsOfStep("provocation"), "sij")));
            case SUMMARY -> summary;
        };
        if (forms.size() > before) {
            formOf.put(step, forms.get(before));
        }
        if (page instanceof javafx.scene.layout.Region region) {
            region.setPadding(new Insets(12));
        }
        return page;
    }

    /** Step 1 is built whole before the window shows: its first frame has every question (other steps wait). */
    private Node history(KnowledgeBase kb) {
        List<FindingDefinition> history = kb.findingsOfStep("history");
        return form(new StepForm(session, carried)
                .node(toRedFlagScreen(kb))
                .node(chartWithChecklist(session, StepForm.group(history, "region")))
                .section("Pain quality", "quality", StepForm.group(history, "quality"))
                .section("Intensity and course", "course", concat(StepForm.group(history, "intensity"), StepForm.group(history, "course")))
                .section("Aggravators", "aggravators", StepForm.group(history, "aggravator"))
                .section("Pattern", "pattern", StepForm.group(history, "pattern"))
                .section("Red-flag screen: ask every question", "red-flag-screen", kb.findingsOfStep("redflag")));
    }

    /**
     * A link at the top of step 1 to the red-flag screen at the foot of its long page, with the screen's count:
     * one click brings its first unasked question (or its first question, once all are asked) into view.
     */
    private Node toRedFlagScreen(KnowledgeBase kb) {
        List<FindingDefinition> screen = kb.findingsOfStep("redflag");
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        link.setId("to-red-flag-screen");
        link.getStyleClass().add("to-red-flag-screen");
        link.textProperty().bind(session.assessmentProperty().map(a -> "Red-flag screen (" + ScreenStatus.of(a).count() + ") ↓"));
        // the panel's colour for the same state: amber while incomplete, red while a flag stands, green once complete
        javafx.beans.value.ChangeListener<org.exampath.reasoning.Assessment> state = (obs, old, a) -> {
            link.pseudoClassStateChanged(SCREEN_COMPLETE, a != null && ScreenStatus.of(a).complete());
            link.pseudoClassStateChanged(FLAG_STANDING, a != null && a.redFlags().stream().anyMatch(f -> !f.noted()));
        };
        session.assessmentProperty().addListener(state);
        state.changed(null, null, session.assessment());
        link.setOnAction(e -> {
            ScreenStatus status = ScreenStatus.of(session.assessment());
            reveal.accept(status.complete() ? screen.get(0).id() : status.unasked().get(0));
        });
        org.exampath.ui.common.Tips.install(link, "Go to the red-flag screen at the foot of this page");
        return link;
    }

    private Node palpation(KnowledgeBase kb) {
        StepForm palpation = form(new StepForm(session, carried)
                .section("Palpation sites: press, then ask whether it is their pain", "palpation", kb.findingsOfStep("palpation"))
                .section("Observation: gait, wasting, temperature", "observation", kb.findingsOfStep("observation")));
        return new BesideOrAbove(BodyChart.sites(session), palpation);
    }

    private StepForm form(StepForm form) {
        forms.add(form);
        return form;
    }

    /** Builds one deferred section of any built page; false once everything is built. */
    boolean buildNext() {
        for (StepForm form : forms) {
            if (form.buildNext()) {
                return true;
            }
        }
        return false;
    }

    /** The resisted tests half chosen on any step, nothing of them recorded (see {@link StepForm#halfEntered}). */
    List<String> halfEntered() {
        return forms.stream().flatMap(f -> f.halfEntered().stream()).toList();
    }

    /** Everything built now (before a jump to a finding). */
    void buildAll() {
        forms.forEach(StepForm::buildAll);
    }

    private Node chartWithChecklist(ExamSession session, List<FindingDefinition> regions) {
        Label hint = new Label("Click the chart or tick the list; the chart shades the exam's side.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        BodyChart chart = BodyChart.regions(session, regions);
        hint.maxWidthProperty().bind(chart.widthProperty());
        VBox left = new VBox(4, chart, hint);
        left.setMinWidth(Region.USE_PREF_SIZE);
        RegionChecklist checklist = new RegionChecklist(session, regions);
        this.regions = checklist;
        BesideOrAbove box = new BesideOrAbove(left, checklist);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static List<FindingDefinition> concat(List<FindingDefinition> a, List<FindingDefinition> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

}
