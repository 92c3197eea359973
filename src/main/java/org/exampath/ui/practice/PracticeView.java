package org.exampath.ui.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.practice.Answer;
import org.exampath.practice.Feedback;
import org.exampath.practice.PracticeCase;
import org.exampath.practice.PracticeSession;
import org.exampath.text.Describe;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanel;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;

/**
 * The practice window: the vignette, every question and test as a button that reveals its finding,
 * the commit form (ranked diagnosis with optional probabilities, red flags, imaging, findings that do
 * not fit), then the feedback, the engine's panel for the case, teaching points and progress.
 */
public final class PracticeView extends HBox {
    private static final Map<String, String> STEPS = Map.of("history", "History", "redflag", "Red-flag screen", "palpation",
            "Palpation", "strength", "Resisted tests", "neuro", "Neuro screen", "nerve", "Nerve-bias tests", "provocation",
            "Provocation tests");
    private final PracticeViewModel model;
    private final Label vignette = new Label();
    private final VBox askArea = new VBox(6);
    private final VBox commitForm = new VBox(6);
    private final VBox feedbackArea = new VBox(6);
    private final List<ComboBox<Hypothesis>> ranks = new ArrayList<>();
    private final List<TextField> probabilities = new ArrayList<>();
    private final Map<String, CheckBox> flags = new HashMap<>();
    private final ToggleGroup imaging = new ToggleGroup();
    private final ListView<String> revealedList = new ListView<>();
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis(0, 100, 20));

    /** Opens practice mode in its own window. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, PracticeViewModel model, String stylesheet) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.setTitle("ExamPath: practice");
        javafx.scene.Scene scene = new javafx.scene.Scene(new PracticeView(model), 1180, 780);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    public PracticeView(PracticeViewModel model) {
        super(12);
        this.model = model;
        setId("practice-view");
        setPadding(new Insets(12));
        VBox left = new VBox(8, header(), vignette, scroll(askArea));
        vignette.setId("practice-vignette");
        vignette.setWrapText(true);
        vignette.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vignette.getStyleClass().add("vignette");
        left.setPrefWidth(560);
        HBox.setHgrow(left, Priority.ALWAYS);
        revealedList.setId("practice-revealed");
        revealedList.setItems(model.revealed());
        revealedList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revealedList.setPrefHeight(220);
        feedbackArea.setId("practice-feedback");
        buildCommitForm();
        Label found = new Label("What you found (select any that do not fit together)");
        found.getStyleClass().add("section-title");
        VBox right = new VBox(8, found, revealedList, commitForm, feedbackArea);
        right.setPrefWidth(520);
        getChildren().addAll(left, scroll(right));
        model.sessionProperty().addListener((obs, old, now) -> showSession(now));
        model.feedbackProperty().addListener((obs, old, now) -> showFeedback(now));
        model.attempts().addListener((javafx.collections.ListChangeListener<Object>) c -> drawChart());
        showSession(null);
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    private VBox header() {
        TextField student = new TextField();
        student.setId("practice-student");
        student.setPromptText("Your name (keeps your progress)");
        student.textProperty().bindBidirectional(model.studentProperty());
        ComboBox<PracticeCase> cases = new ComboBox<>(model.cases());
        cases.setId("practice-case");
        cases.setPromptText("Choose a case");
        cases.setConverter(new StringConverter<>() {
            @Override
            public String toString(PracticeCase c) {
                return c == null ? "" : c.title();
            }

            @Override
            public PracticeCase fromString(String s) {
                return null;
            }
        });
        cases.valueProperty().bindBidirectional(model.chosenProperty());
        Button start = new Button("Start");
        start.setId("practice-start");
        start.setOnAction(e -> model.start());
        Label message = new Label();
        message.setId("practice-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        return new VBox(6, new HBox(8, student, cases, start), message);
    }

    private void showSession(PracticeSession session) {
        askArea.getChildren().clear();
        commitForm.setDisable(session == null);
        if (session == null) {
            vignette.setText("Choose a case and press Start. Ask the questions and do the tests you judge worth doing; "
                    + "each reveals what the case holds. The engine's view stays hidden until you commit.");
            return;
        }
        PracticeCase c = session.practiceCase();
        vignette.setText(c.title() + ". " + c.vignette());
        for (String step : List.of("history", "redflag", "palpation", "strength", "neuro", "nerve", "provocation")) {
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
            Label title = new Label(STEPS.get(step));
            title.getStyleClass().add("section-title");
            askArea.getChildren().addAll(title, buttons);
        }
    }

    private void buildCommitForm() {
        Label title = new Label("Commit your reasoning");
        title.getStyleClass().add("section-title");
        commitForm.getChildren().add(title);
        for (int i = 1; i <= 3; i++) {
            ComboBox<Hypothesis> rank = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.knowledge().hypotheses()));
            rank.setId("practice-rank-" + i);
            rank.setPromptText(i == 1 ? "Most likely" : i == 2 ? "Next" : "Then");
            rank.setConverter(new StringConverter<>() {
                @Override
                public String toString(Hypothesis h) {
                    return h == null ? "" : h.label();
                }

                @Override
                public Hypothesis fromString(String s) {
                    return null;
                }
            });
            TextField p = new TextField();
            p.setId("practice-p-" + i);
            p.setPromptText("% (optional)");
            p.setPrefColumnCount(5);
            ranks.add(rank);
            probabilities.add(p);
            commitForm.getChildren().add(new HBox(6, new Label(i + "."), rank, p));
        }
        FlowPane flagBoxes = new FlowPane(8, 4);
        for (RedFlagRule rule : model.knowledge().redFlags()) {
            CheckBox box = new CheckBox(rule.label());
            box.setId("practice-flag-" + rule.id());
            flags.put(rule.id(), box);
            flagBoxes.getChildren().add(box);
        }
        HBox imagingChoices = new HBox(4);
        for (String rec : List.of("not_indicated", "if_no_progress", "urgent")) {
            ToggleButton b = new ToggleButton(Describe.imaging(rec).replace("Imaging: ", ""));
            b.setId("practice-imaging-" + rec);
            b.setUserData(rec);
            b.setToggleGroup(imaging);
            imagingChoices.getChildren().add(b);
        }
        Button commit = new Button("Commit and see feedback");
        commit.setId("practice-commit");
        commit.setDefaultButton(true);
        commit.setOnAction(e -> model.commit(answer()));
        commitForm.getChildren().addAll(new Label("Red flags you see:"), flagBoxes, new Label("Imaging:"), imagingChoices, commit);
    }

    private Answer answer() {
        List<String> ranked = new ArrayList<>();
        Map<String, Double> given = new HashMap<>();
        for (int i = 0; i < ranks.size(); i++) {
            Hypothesis h = ranks.get(i).getValue();
            if (h != null && !ranked.contains(h.id())) {
                ranked.add(h.id());
                String text = probabilities.get(i).getText().strip().replace("%", "");
                if (text.matches("\\d{1,3}(\\.\\d+)?") && Double.parseDouble(text) <= 100) {
                    given.put(h.id(), Double.parseDouble(text) / 100);
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        flags.forEach((id, box) -> {
            if (box.isSelected()) {
                seen.add(id);
            }
        });
        String imagingChoice = imaging.getSelectedToggle() == null ? "" : (String) imaging.getSelectedToggle().getUserData();
        Set<String> odd = new LinkedHashSet<>();
        PracticeSession s = model.sessionProperty().get();
        for (int index : revealedList.getSelectionModel().getSelectedIndices()) {
            odd.add(s.asked().get(index));
        }
        return new Answer(ranked, given, seen, imagingChoice, odd);
    }

    private void showFeedback(Feedback f) {
        feedbackArea.getChildren().clear();
        if (f == null) {
            return;
        }
        commitForm.setDisable(true);
        Label title = new Label("Feedback");
        title.getStyleClass().add("section-title");
        feedbackArea.getChildren().add(title);
        for (String line : model.feedbackLines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add(line.startsWith("MISSED") ? "red-flag" : "feedback-line");
            feedbackArea.getChildren().add(l);
        }
        Label points = new Label("Teaching points");
        points.getStyleClass().add("section-title");
        feedbackArea.getChildren().add(points);
        for (String p : f.teachingPoints()) {
            Label l = new Label("• " + p);
            l.setWrapText(true);
            feedbackArea.getChildren().add(l);
        }
        Label engineTitle = new Label("The engine's view of the whole case");
        engineTitle.getStyleClass().add("section-title");
        ExamSession full = new ExamSession(model.engine());
        full.replace(model.sessionProperty().get().practiceCase().exam());
        HypothesisPanel panel = new HypothesisPanel(new HypothesisPanelViewModel(full, id -> { }));
        panel.setId("practice-engine-panel");
        panel.setPrefHeight(420);
        chart.setId("practice-chart");
        chart.setTitle("Your scores over time");
        chart.setPrefHeight(220);
        chart.setLegendVisible(false);
        feedbackArea.getChildren().addAll(engineTitle, panel, chart);
        drawChart();
    }

    private void drawChart() {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        int n = 0;
        for (var attempt : model.attempts()) {
            series.getData().add(new XYChart.Data<>(++n, attempt.score()));
        }
        chart.getData().setAll(List.of(series));
    }
}
