package org.exampath.ui.practice;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.text.Describe;
import org.exampath.ui.common.Keys;

/**
 * What the student found (marking any that do not fit) and the commit form: three ranked
 * hypotheses with optional probabilities, red flags, imaging. Every control is bound to
 * {@link CommitFormModel}; a line that cannot be committed (an invalid probability, a probability with no
 * hypothesis, a hypothesis ranked twice) is marked and named, and blocks the commit.
 */
final class CommitView extends VBox {
    CommitView(PracticeViewModel model) {
        super(6);
        setId("practice-commit-form");
        CommitFormModel form = model.commitForm();
        Label found = new Label("What you found (select any that do not fit together)");
        found.getStyleClass().add("section-title");
        found.setWrapText(true);
        ListView<String> revealed = new ListView<>(model.revealed());
        revealed.setId("practice-revealed");
        revealed.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revealed.setPrefHeight(200);
        revealed.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c ->
                form.oddFindings().setAll(revealed.getSelectionModel().getSelectedIndices().stream().map(model::askedAt).toList()));
        Label title = new Label("Commit your reasoning");
        title.getStyleClass().add("section-title");
        Label rankHint = new Label("Rank up to three; a probability in % beside each is optional. The commit needs a hypothesis"
                + " ranked or a red flag ticked.");
        rankHint.getStyleClass().add("hint");
        rankHint.setWrapText(true);
        getChildren().addAll(found, revealed, title, rankHint);
        for (CommitFormModel.Rank rank : form.ranks()) {
            getChildren().add(rankLine(form, rank));
        }
        Label problem = new Label();
        problem.setId("practice-commit-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        // one flag a line: two labels side by side read as one option
        VBox flags = new VBox(4);
        for (RedFlagRule rule : form.rules()) {
            CheckBox box = new CheckBox(rule.label());
            box.setId("practice-flag-" + rule.id());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(form.flagProperty(rule.id()));
            flags.getChildren().add(box);
        }
        getChildren().addAll(problem, new Label("Red flags you see:"), flags, new Label("Imaging:"), imaging(form));
        disableProperty().bind(model.sessionProperty().isNull().or(model.feedbackProperty().isNotNull()));
    }

    /**
     * The commit button, kept below the scroll area so it is always in view; offered only while a started case
     * is uncommitted and the form is valid.
     */
    static Button commitButton(PracticeViewModel model) {
        Button commit = new Button("Commit and see feedback");
        commit.setId("practice-commit");
        commit.setMinWidth(Button.USE_PREF_SIZE);
        // never the default button: a commit is final and kept in the student's progress, so Enter pressed to
        // finish typing a probability must not send a half-filled answer
        commit.disableProperty().bind(model.commitForm().validProperty().not()
                .or(model.sessionProperty().isNull()).or(model.feedbackProperty().isNotNull()));
        commit.setOnAction(e -> model.commit());
        return commit;
    }

    private static HBox rankLine(CommitFormModel form, CommitFormModel.Rank rank) {
        int i = rank.place();
        ComboBox<Hypothesis> choice = new ComboBox<>(form.hypotheses());
        choice.setId("practice-rank-" + i);
        choice.setPromptText(i == 1 ? "Most likely" : i == 2 ? "Next" : "Then");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Hypothesis h) {
                return h == null ? "" : h.label();
            }

            @Override
            public Hypothesis fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(rank.hypothesisProperty());
        choice.setPrefWidth(320);
        choice.setMinWidth(160);
        TextField p = new TextField();
        p.setId("practice-p-" + i);
        p.setPromptText("%");
        p.setPrefColumnCount(5);
        p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Keys.keepText(p);
        p.textProperty().bindBidirectional(rank.probabilityProperty());
        // the choice is marked when it repeats a line above; the % field for every other problem on the line
        mark(choice, rank.choiceWrongProperty());
        mark(p, rank.probabilityWrongProperty());
        Button clear = new Button("Clear");
        clear.setId("practice-clear-" + i);
        clear.disableProperty().bind(rank.hypothesisProperty().isNull().and(rank.probabilityProperty().isEmpty()));
        clear.setOnAction(e -> rank.clear());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the choice gives way first: Clear never reads "..."
        Label place = new Label(i + ".");
        Label percent = new Label("%");
        place.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        percent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name(i, choice, place, p, percent, clear);
        HBox line = new HBox(6, place, choice, p, percent, clear);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    /**
     * What a screen reader says of a rank's line: the rank names its choice, and its probability field and Clear say
     * the rank and the hypothesis chosen ("Probability for rank 2, Hip joint, percent"), so the three lines never sound
     * alike. The field is named by its "%" label, so the reader still reads the figure typed as the field's value.
     */
    private static void name(int i, ComboBox<Hypothesis> choice, Label place, TextField p, Label percent, Button clear) {
        place.setLabelFor(choice);
        place.setAccessibleText("Hypothesis ranked " + i);
        javafx.beans.binding.StringExpression chosen = javafx.beans.binding.Bindings.createStringBinding(
                () -> "rank " + i + (choice.getValue() == null ? "" : ", " + choice.getValue().label()), choice.valueProperty());
        percent.setLabelFor(p);
        percent.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Probability for ", chosen, ", percent"));
        clear.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat("Clear ", chosen));
    }

    private static void mark(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue wrong) {
        wrong.addListener((obs, was, now) -> {
            node.getStyleClass().remove("invalid");
            if (now) {
                node.getStyleClass().add("invalid");
            }
        });
    }

    private static HBox imaging(CommitFormModel form) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(4);
        for (String rec : List.of("not_indicated", "if_no_progress", "urgent")) {
            ToggleButton b = new ToggleButton(Describe.imaging(rec).replace("Imaging: ", ""));
            b.setId("practice-imaging-" + rec);
            b.setUserData(rec);
            b.setToggleGroup(group);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> form.imagingProperty().set(now == null ? "" : (String) now.getUserData()));
        form.imagingProperty().addListener((obs, old, now) -> group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().orElse(null)));
        return choices;
    }
}
