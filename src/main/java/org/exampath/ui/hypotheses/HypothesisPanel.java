package org.exampath.ui.hypotheses;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;
import org.exampath.ui.common.Describe;

/**
 * The panel beside the form: a red-flag banner that cannot be collapsed while a flag stands, the
 * ranked hypotheses with their reasons, the pain driver and its management, inconsistencies, the
 * imaging gate and the next tests. Rebuilt from the assessment on every change.
 */
public final class HypothesisPanel extends ScrollPane {
    private final HypothesisPanelViewModel model;
    private final VBox banner = new VBox(4);
    private final VBox hypotheses = new VBox(4);
    private final Label driver = new Label();
    private final Label management = new Label();
    private final VBox inconsistencies = new VBox(4);
    private final Label imaging = new Label();
    private final Label imagingReason = new Label();
    private final VBox nextTests = new VBox(2);
    private final Set<String> expanded = new HashSet<>();
    private Consumer<RedFlag> onNewFlag = flag -> { };
    private final Set<String> announced = new HashSet<>();

    public HypothesisPanel(HypothesisPanelViewModel model) {
        this.model = model;
        setId("hypothesis-panel");
        getStyleClass().add("hypothesis-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        banner.setId("red-flag-banner");
        banner.getStyleClass().add("red-flag-banner");
        hypotheses.setId("hypotheses");
        driver.setId("driver");
        driver.getStyleClass().add("driver");
        driver.setWrapText(true);
        management.setId("management");
        management.setWrapText(true);
        inconsistencies.setId("inconsistencies");
        imaging.setId("imaging");
        imaging.getStyleClass().add("imaging");
        imagingReason.setId("imaging-reason");
        imagingReason.setWrapText(true);
        nextTests.setId("next-tests");
        VBox content = new VBox(10, banner, title("Working diagnosis"), hypotheses, title("Pain driver"), driver, management,
                title("Inconsistent findings"), inconsistencies, title("Imaging"), imaging, imagingReason,
                title("Next tests most worth doing"), nextTests);
        content.setPadding(new Insets(10));
        setContent(content);
        model.assessmentProperty().addListener((obs, old, now) -> show(now));
        show(model.assessmentProperty().get());
    }

    /** Called once for every red flag the moment it is first raised (the window shows a notification). */
    public void setOnNewFlag(Consumer<RedFlag> handler) {
        onNewFlag = handler;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private void show(Assessment a) {
        showFlags(a.redFlags());
        hypotheses.getChildren().clear();
        for (HypothesisPanelViewModel.Line line : model.lines()) {
            hypotheses.getChildren().add(row(line));
        }
        driver.setText(model.driverText());
        management.setText(model.managementText());
        showInconsistencies(a.inconsistencies());
        imaging.setText(model.imagingText());
        imaging.getStyleClass().removeAll("imaging-urgent", "imaging-conditional");
        if ("urgent".equals(a.imaging().recommendation())) {
            imaging.getStyleClass().add("imaging-urgent");
        } else if ("if_no_progress".equals(a.imaging().recommendation())) {
            imaging.getStyleClass().add("imaging-conditional");
        }
        imagingReason.setText(model.imagingReason());
        showNextTests(a.nextTests());
    }

    private void showFlags(List<RedFlag> flags) {
        banner.getChildren().clear();
        banner.setVisible(!flags.isEmpty());
        banner.setManaged(!flags.isEmpty());
        for (RedFlag flag : flags) {
            Label text = new Label(model.flagText(flag));
            text.setWrapText(true);
            text.setId("red-flag-" + flag.id());
            text.getStyleClass().addAll("red-flag", "red-flag-" + flag.urgency());
            Label why = new Label(model.flagFindings(flag));
            why.setWrapText(true);
            why.getStyleClass().add("red-flag-why");
            banner.getChildren().addAll(text, why);
            if (announced.add(flag.id())) {
                onNewFlag.accept(flag);
            }
        }
        announced.retainAll(flags.stream().map(RedFlag::id).toList());
        List<String> unasked = model.unaskedScreen();
        if (!unasked.isEmpty()) {
            Hyperlink screen = new Hyperlink("Red-flag screen: " + unasked.size() + " question"
                    + (unasked.size() == 1 ? "" : "s") + " not asked yet");
            screen.setId("screen-reminder");
            screen.getStyleClass().add("screen-reminder");
            screen.setOnAction(e -> model.reveal(unasked.get(0)));
            banner.getChildren().add(screen);
            banner.setVisible(true);
            banner.setManaged(true);
        }
    }

    private VBox row(HypothesisPanelViewModel.Line line) {
        Label name = new Label(line.label());
        name.getStyleClass().add("hypothesis-name");
        name.setWrapText(true);
        Label tag = new Label(line.driver());
        tag.getStyleClass().addAll("driver-tag", "driver-" + line.driver().toLowerCase(java.util.Locale.ROOT));
        tag.setMinWidth(Region.USE_PREF_SIZE);
        Label percent = new Label(line.percent());
        percent.setId("hyp-" + line.id() + "-percent");
        percent.getStyleClass().add("hypothesis-percent");
        ProgressBar bar = new ProgressBar(line.probability());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("probability-bar");
        HBox.setHgrow(bar, Priority.ALWAYS);
        ToggleButton why = new ToggleButton("why?");
        why.setId("hyp-" + line.id() + "-why");
        why.getStyleClass().add("why-toggle");
        why.setMinWidth(Region.USE_PREF_SIZE);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        why.setTooltip(new Tooltip("Show the findings that moved it, their likelihood ratios and sources"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, name, spacer, tag, percent, why);
        VBox details = new VBox(2);
        details.setId("hyp-" + line.id() + "-details");
        details.getStyleClass().add("hypothesis-details");
        for (String reason : line.why()) {
            Label l = new Label(reason);
            l.setWrapText(true);
            details.getChildren().add(l);
        }
        details.visibleProperty().bind(why.selectedProperty());
        details.managedProperty().bind(why.selectedProperty());
        why.setSelected(expanded.contains(line.id()));
        why.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                expanded.add(line.id());
            } else {
                expanded.remove(line.id());
            }
        });
        VBox row = new VBox(2, head, bar, details);
        row.setId("hyp-" + line.id());
        row.getStyleClass().add("hypothesis-row");
        return row;
    }

    private void showInconsistencies(List<Inconsistency> list) {
        inconsistencies.getChildren().clear();
        if (list.isEmpty()) {
            Label none = new Label("None so far.");
            none.getStyleClass().add("hint");
            inconsistencies.getChildren().add(none);
        }
        for (Inconsistency i : list) {
            Hyperlink link = new Hyperlink(i.label() + ": " + i.message());
            link.setWrapText(true);
            link.setId("inc-" + i.id());
            link.getStyleClass().add("inconsistency");
            link.setTooltip(new Tooltip(i.suggestion()));
            link.setOnAction(e -> model.reveal(i.findings().get(0)));
            Label involved = new Label("Findings: " + String.join(", ", i.findings().stream().map(model::label).toList())
                    + ". " + i.suggestion());
            involved.setWrapText(true);
            involved.getStyleClass().add("inconsistency-detail");
            inconsistencies.getChildren().addAll(link, involved);
        }
    }

    private void showNextTests(List<NextTest> tests) {
        nextTests.getChildren().clear();
        for (NextTest t : tests) {
            Hyperlink link = new Hyperlink(model.label(t.finding()) + String.format(java.util.Locale.ROOT, "  (%.2f bits)",
                    t.expectedGain()));
            link.setId("next-" + Describe.nodeId(t.finding()));
            link.getStyleClass().add("next-test");
            link.setOnAction(e -> model.reveal(t.finding()));
            nextTests.getChildren().add(link);
        }
    }
}
