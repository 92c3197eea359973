package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.reasoning.FollowUp;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;

/** The Summary step: everything recorded, the working diagnosis in plain words, flags, imaging, management. */
public final class SummaryView extends VBox {
    private static final java.util.Map<String, String> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put("history", "History");
        SECTIONS.put("redflag", "Red-flag screen");
        SECTIONS.put("palpation", "Palpation");
        SECTIONS.put("strength", "Resisted tests");
        SECTIONS.put("neuro", "Neuro screen");
        SECTIONS.put("nerve", "Nerve-bias tests");
        SECTIONS.put("provocation", "Provocation tests");
    }

    private final ExamSession session;
    private final Label diagnosis = text("summary-diagnosis");
    private final Label flags = text("summary-flags");
    private final Label imaging = text("summary-imaging");
    private final Label management = text("summary-management");
    private final Label inconsistencies = text("summary-inconsistencies");
    private final VBox recorded = new VBox(2);
    private final HBox actions = new HBox(8);
    private boolean active;

    private final Autosave autosave;
    private final Label sinceLastVisit = text("summary-since-last-visit");

    public SummaryView(ExamSession session, Autosave autosave) {
        super(8);
        this.session = session;
        this.autosave = autosave;
        setId("summary");
        getStyleClass().add("summary");
        recorded.setId("summary-recorded");
        Label sinceTitle = title("Since the last visit");
        sinceTitle.visibleProperty().bind(sinceLastVisit.visibleProperty());
        sinceTitle.managedProperty().bind(sinceLastVisit.visibleProperty());
        sinceLastVisit.managedProperty().bind(sinceLastVisit.visibleProperty());
        getChildren().addAll(sinceTitle, sinceLastVisit, title("Working diagnosis"), diagnosis, title("Red flags"), flags, title("Imaging"), imaging,
                title("Management direction"), management, title("Inconsistent findings"), inconsistencies, actions,
                title("Recorded findings"), recorded);
        session.assessmentProperty().addListener((obs, old, now) -> {
            if (active) {
                show();
            }
        });
        show();
    }

    /** The summary is redrawn only while it is the step on screen (and at once when it becomes so). */
    void setActive(boolean showing) {
        active = showing;
        if (showing) {
            show();
        }
    }

    /** Where the window puts its note actions (export, copy). */
    public HBox actions() {
        return actions;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label text(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private void show() {
        Assessment a = session.assessment();
        diagnosis.setText(Describe.workingDiagnosis(a));
        List<String> flagLines = new ArrayList<>();
        for (RedFlag f : a.redFlags()) {
            flagLines.add(Describe.urgency(f.urgency()) + ": " + f.label() + ". " + f.action());
        }
        flags.setText(flagLines.isEmpty() ? "None raised." : String.join("\n", flagLines));
        imaging.setText(Describe.imaging(a.imaging().recommendation()) + ". " + a.imaging().reason());
        management.setText(a.driver().management());
        inconsistencies.setText(a.inconsistencies().isEmpty() ? "None."
                : String.join("\n", a.inconsistencies().stream().map(i -> i.label() + ": " + i.message()).toList()));
        showRecorded(session.exam(), session.knowledge());
        List<String> changes = new ArrayList<>();
        if (autosave != null && autosave.previousProperty().get() != null) {
            for (FollowUp.Change c : autosave.changesSinceLastVisit()) {
                changes.add(Describe.finding(session.knowledge(), c.finding(), null) + ": "
                        + (c.before() == null ? "not recorded" : c.before().display()) + " → "
                        + (c.now() == null ? "not recorded" : c.now().display()));
            }
            if (changes.isEmpty()) {
                changes.add("No finding has changed yet. Ask the red-flag screen again.");
            }
        }
        sinceLastVisit.setText(String.join("\n", changes));
        sinceLastVisit.setVisible(!changes.isEmpty());
    }

    private void showRecorded(Exam exam, KnowledgeBase kb) {
        recorded.getChildren().clear();
        int untested = 0;
        // each finding under its own part of the exam: provocation tests are not nerve-bias tests
        for (var section : SECTIONS.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (FindingDefinition d : kb.findingsOfStep(section.getKey())) {
                if (d.pseudo()) {
                    continue;
                }
                FindingValue v = exam.value(d.id());
                if (v == null) {
                    untested++;
                } else {
                    lines.add(Describe.finding(kb, d.id(), v));
                }
            }
            Label head = new Label(section.getValue() + (lines.isEmpty() ? ": nothing recorded" : ""));
            head.getStyleClass().add("summary-step");
            recorded.getChildren().add(head);
            for (String line : lines) {
                recorded.getChildren().add(new Label("  " + line));
            }
        }
        Label rest = new Label(untested + " items not asked or not tested.");
        rest.getStyleClass().add("hint");
        recorded.getChildren().add(rest);
    }

}
