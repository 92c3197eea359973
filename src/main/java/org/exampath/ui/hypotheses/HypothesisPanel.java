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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.ui.common.Tips;

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
    private final java.util.Map<String, Row> rows = new java.util.HashMap<>();
    private String shownFlags = "";
    private List<Inconsistency> shownInconsistencies;
    private List<NextTest> shownNextTests;
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
        showFlags(model.flags());
        List<Row> ordered = new java.util.ArrayList<>();
        for (HypothesisPanelViewModel.Line line : model.lines()) {
            Row row = rows.get(line.id());
            if (row == null) {
                row = new Row(line);
                rows.put(line.id(), row);
            } else {
                row.update(line);
            }
            ordered.add(row);
        }
        if (!hypotheses.getChildren().equals(ordered)) {
            hypotheses.getChildren().setAll(ordered);
        }
        driver.setText(model.driverText());
        management.setText(model.managementText());
        showInconsistencies(a.inconsistencies());
        imaging.setText(model.imagingText());
        String level = "urgent".equals(a.imaging().recommendation()) ? "imaging-urgent"
                : "if_no_progress".equals(a.imaging().recommendation()) ? "imaging-conditional" : null;
        for (String c : List.of("imaging-urgent", "imaging-conditional")) {
            if (c.equals(level) != imaging.getStyleClass().contains(c)) {
                if (c.equals(level)) {
                    imaging.getStyleClass().add(c);
                } else {
                    imaging.getStyleClass().remove(c);
                }
            }
        }
        imagingReason.setText(model.imagingReason());
        showNextTests(a.nextTests());
    }

    /** What was done about the flag: recorded actions, and a field to record one. */
    private VBox acknowledgement(RedFlag flag) {
        VBox box = new VBox(2);
        for (String done : model.actionsFor(flag.id())) {
            Label l = new Label(done);
            l.getStyleClass().add("flag-action");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        javafx.scene.control.TextField action = new javafx.scene.control.TextField();
        action.setId("ack-" + flag.id() + "-text");
        action.setPromptText("Action taken (e.g. referred to ED, MRI booked)");
        javafx.scene.control.Button record = new javafx.scene.control.Button("Record");
        record.setId("ack-" + flag.id() + "-record");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        record.setOnAction(e -> {
            String problem = model.acknowledge(flag.id(), action.getText());
            error.setText(problem);
            if (problem.isEmpty()) {
                shownFlags = "";
                showFlags(model.flags());
            }
        });
        HBox.setHgrow(action, Priority.ALWAYS);
        box.getChildren().addAll(new HBox(6, action, record), error);
        return box;
    }

    private void showFlags(List<RedFlag> flags) {
        List<String> unasked = model.unaskedScreen();
        String key = flags.toString() + unasked.size() + model.flagFindingsKey();
        if (key.equals(shownFlags)) {
            return;
        }
        shownFlags = key;
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
            if (model.canAcknowledge()) {
                banner.getChildren().add(acknowledgement(flag));
            }
            if (announced.add(flag.id())) {
                onNewFlag.accept(flag);
            }
        }
        announced.retainAll(flags.stream().map(RedFlag::id).toList());
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

    /** One hypothesis row, kept across updates; its reasons are built only while they are shown. */
    private final class Row extends VBox {
        private final Label percent = new Label();
        private final ProgressBar bar = new ProgressBar(0);
        private final ToggleButton why = new ToggleButton("why?");
        private final VBox details = new VBox(2);
        private HypothesisPanelViewModel.Line line;

        Row(HypothesisPanelViewModel.Line first) {
            super(2);
            Label name = new Label(first.label());
            name.getStyleClass().add("hypothesis-name");
            name.setWrapText(true);
            Label tag = new Label(first.driver());
            tag.getStyleClass().addAll("driver-tag", "driver-" + first.driver().toLowerCase(java.util.Locale.ROOT));
            tag.setMinWidth(Region.USE_PREF_SIZE);
            percent.setId("hyp-" + first.id() + "-percent");
            percent.getStyleClass().add("hypothesis-percent");
            percent.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("probability-bar");
            why.setId("hyp-" + first.id() + "-why");
            why.getStyleClass().add("why-toggle");
            why.setMinWidth(Region.USE_PREF_SIZE);
            Tips.install(why, "Show the findings that moved it, their likelihood ratios and sources");
            details.setId("hyp-" + first.id() + "-details");
            details.getStyleClass().add("hypothesis-details");
            details.visibleProperty().bind(why.selectedProperty());
            details.managedProperty().bind(why.selectedProperty());
            why.selectedProperty().addListener((obs, was, now) -> fillDetails());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            getChildren().addAll(new HBox(6, name, spacer, tag, percent, why), bar, details);
            setId("hyp-" + first.id());
            getStyleClass().add("hypothesis-row");
            update(first);
        }

        void update(HypothesisPanelViewModel.Line next) {
            line = next;
            percent.setText(next.percent());
            bar.setProgress(next.probability());
            fillDetails();
        }

        private void fillDetails() {
            if (!why.isSelected()) {
                details.getChildren().clear();
                return;
            }
            details.getChildren().clear();
            for (String reason : model.why(line.id())) {
                Label l = new Label(reason);
                l.setWrapText(true);
                details.getChildren().add(l);
            }
        }
    }

    private void showInconsistencies(List<Inconsistency> list) {
        if (list.equals(shownInconsistencies)) {
            return;
        }
        shownInconsistencies = list;
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
            Tips.install(link, i.suggestion());
            link.setOnAction(e -> model.reveal(i.findings().get(0)));
            Label involved = new Label("Findings: " + String.join(", ", i.findings().stream().map(model::label).toList())
                    + ". " + i.suggestion());
            involved.setWrapText(true);
            involved.getStyleClass().add("inconsistency-detail");
            inconsistencies.getChildren().addAll(link, involved);
        }
    }

    /** The links are kept and relabelled: new nodes would cost a full style pass on every click. */
    private void showNextTests(List<NextTest> tests) {
        if (tests.equals(shownNextTests)) {
            return;
        }
        shownNextTests = tests;
        while (nextTests.getChildren().size() < tests.size()) {
            Hyperlink link = new Hyperlink();
            link.getStyleClass().add("next-test");
            nextTests.getChildren().add(link);
        }
        nextTests.getChildren().remove(tests.size(), nextTests.getChildren().size());
        for (int i = 0; i < tests.size(); i++) {
            NextTest t = tests.get(i);
            Hyperlink link = (Hyperlink) nextTests.getChildren().get(i);
            link.setText(model.label(t.finding()) + String.format(java.util.Locale.ROOT, "  (%.2f bits)", t.expectedGain()));
            String id = "next-" + Describe.nodeId(t.finding());
            if (!id.equals(link.getId())) {
                link.setId(id);
            }
            link.setOnAction(e -> model.reveal(t.finding()));
        }
    }
}
