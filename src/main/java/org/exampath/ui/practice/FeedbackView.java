package org.exampath.ui.practice;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.exampath.practice.Feedback;

/**
 * The result of a commit, first thing on the page: score and red flags, diagnosis, imaging,
 * inconsistencies explained in place, each of the student's tests, teaching points, the engine's
 * view of the whole case in plain lines, and the scores over numbered attempts (a chart from the second
 * attempt; the first is told as a number). No scroll area of
 * its own: it lives in the practice window's one scroll.
 */
final class FeedbackView extends VBox {
    private final PracticeViewModel model;
    private final LineChart<Number, Number> chart;
    private final NumberAxis attempts = new NumberAxis(1, 2, 1);
    private final Label scoreSoFar = new Label();

    FeedbackView(PracticeViewModel model) {
        super(6);
        this.model = model;
        setId("practice-feedback");
        attempts.setLabel("Attempt");
        attempts.setAutoRanging(false);
        attempts.setMinorTickVisible(false);
        attempts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        NumberAxis score = new NumberAxis(0, 100, 20);
        score.setLabel("Score");
        chart = new LineChart<>(attempts, score);
        chart.setId("practice-chart");
        chart.setTitle("Your scores over time");
        chart.setPrefHeight(220);
        chart.setMinHeight(200);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        // one attempt is a number, not a line: the chart shows from the second attempt, the score as text before
        chart.managedProperty().bind(chart.visibleProperty());
        scoreSoFar.setId("practice-score-so-far");
        scoreSoFar.setWrapText(true);
        scoreSoFar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        scoreSoFar.managedProperty().bind(scoreSoFar.visibleProperty());
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(model.feedbackProperty().isNotNull());
        model.feedbackProperty().addListener((obs, old, now) -> show(now));
        model.attempts().addListener((javafx.collections.ListChangeListener<Object>) c -> drawChart());
    }

    private void show(Feedback f) {
        getChildren().clear();
        if (f == null) {
            return;
        }
        getChildren().add(title("Feedback"));
        for (String line : model.feedbackLines()) {
            Label l = wrapped(line.strip());
            if (line.startsWith("  ")) {
                l.setStyle("-fx-padding: 0 0 0 16;");
            }
            l.getStyleClass().add(line.startsWith("MISSED") ? "red-flag" : "feedback-line");
            getChildren().add(l);
        }
        getChildren().add(title("Teaching points"));
        for (String p : f.teachingPoints()) {
            getChildren().add(wrapped("• " + p));
        }
        getChildren().add(title("The engine's view of the whole case"));
        VBox engine = new VBox(2);
        engine.setId("practice-engine-panel");
        model.engineLines().forEach(line -> engine.getChildren().add(wrapped(line)));
        getChildren().addAll(engine, scoreSoFar, chart);
        drawChart();
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void drawChart() {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        int n = 0;
        for (var attempt : model.attempts()) {
            series.getData().add(new XYChart.Data<>(++n, attempt.score()));
        }
        attempts.setUpperBound(Math.max(2, n));
        chart.getData().setAll(List.of(series));
        chart.setVisible(n >= 2);
        String name = model.studentProperty().get() == null ? "" : model.studentProperty().get().strip();
        // with a name and nothing listed yet the attempt is still being stored: nothing to say until it is
        scoreSoFar.setText(n == 1 ? "Your scores over time: " + model.attempts().get(0).score()
                + " / 100 on your first attempt. The chart shows from your second attempt."
                : n == 0 && name.isEmpty() ? "Enter your name to keep your scores over time." : "");
        scoreSoFar.setVisible(n < 2 && !scoreSoFar.getText().isEmpty());
    }
}
