package org.exampath.ui.practice;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.exampath.practice.PracticeCase;
import org.exampath.ui.common.Keys;

/**
 * Who is practising (a labelled name field) and on which case; Start opens it, asking first when that would lose
 * work on the case open ({@link LeaveCaseQuestion}).
 */
final class CaseChooserView extends VBox {
    CaseChooserView(PracticeViewModel model) {
        super(6);
        TextField student = new TextField();
        student.setId("practice-student");
        student.setPromptText("Your name");
        student.setPrefColumnCount(14);
        Keys.keepText(student);
        student.textProperty().bindBidirectional(model.studentProperty());
        student.setEditable(model.login().isEmpty()); // a class's server keeps attempts under the login: the name is that
        // the name is settled on Enter or on leaving the field (Start and Commit take the focus), never at a pause in
        // typing: an attempt committed before it was given is kept under the whole name, not under a first name alone
        student.setOnAction(e -> model.nameSettled());
        student.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.nameSettled();
            }
        });
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
        // work on an open case is not thrown away without asking; keeping it is the default
        start.setOnAction(e -> {
            if (LeaveCaseQuestion.mayGo(getScene() == null ? null : getScene().getWindow(), model.workAtStake(), "Start; lose it")) {
                model.start();
            }
        });
        Label hint = new Label();
        hint.setId("practice-name-note");
        hint.textProperty().bind(model.nameNoteProperty());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps rather than cut the progress note short
        Label message = new Label();
        message.setId("practice-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label name = new Label("Your _name:");
        name.setMnemonicParsing(true);
        name.setLabelFor(student);
        name.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane line = new FlowPane(8, 6, name, student, cases, start);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(line, hint, message);
    }
}
