package org.exampath.ui.exam;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.Keys;
import org.exampath.ui.common.Tips;

/** Who and which side: a pseudonymous label (no names needed), age, sex and the side examined. */
final class PatientHeader extends HBox {
    private final ExamSession session;
    private final TextField label = new TextField();
    private final TextField age = new TextField();
    private final ToggleGroup sex = new ToggleGroup();
    private final ToggleGroup side = new ToggleGroup();
    /** Names a mistyped age in words beside the field (not only a red border), and what the exam keeps meanwhile. */
    private final Label ageProblem = new org.exampath.ui.common.WrappedLabel("");
    private boolean updating;

    PatientHeader(ExamSession session) {
        super(8);
        this.session = session;
        setId("patient-header");
        getStyleClass().add("patient-header");
        setAlignment(Pos.CENTER_LEFT);
        label.setId("patient-label");
        label.setPromptText("Patient label, e.g. P-0142");
        label.setPrefColumnCount(17);
        label.textProperty().bindBidirectional(session.patientLabelProperty());
        Keys.keepText(label);
        Keys.keepText(age);
        age.setId("patient-age");
        age.setPrefColumnCount(3);
        age.setPromptText("age");
        age.textProperty().addListener((obs, old, text) -> ageTyped(text.strip()));
        SegmentedButton sexes = segmented(sex, "sex", "female", "male", "other");
        SegmentedButton sides = segmented(side, "side", "left", "right", "bilateral");
        sex.selectedToggleProperty().addListener((obs, o, n) -> {
            if (!updating && !kept(sex, o, n)) {
                session.setPatient(session.exam().patient().withSex(Sex.fromId((String) n.getUserData())));
            }
        });
        side.selectedToggleProperty().addListener((obs, o, n) -> {
            if (!updating && !kept(side, o, n)) {
                session.setSide(Side.fromId((String) n.getUserData()));
            }
        });
        session.replacedProperty().addListener((obs, o, n) -> {
            age.getStyleClass().remove("invalid"); // a typo for the exam before never stays over the one opened
            ageProblem(null);
            refresh(session.exam());
        });
        ageProblem.setId("age-problem");
        ageProblem.getStyleClass().add("error-text");
        ageProblem.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
        ageProblem.managedProperty().bind(ageProblem.visibleProperty());
        ageProblem(null);
        getChildren().addAll(new Label("Patient"), new LabelField(label, "A pseudonymous label: no names are needed."),
                new Label("Age"), age, sexes, new Label("Side"), sides);
        session.examProperty().addListener((obs, old, now) -> refresh(now));
        refresh(session.exam());
    }

    private SegmentedButton segmented(ToggleGroup group, String prefix, String... ids) {
        SegmentedButton s = new SegmentedButton();
        for (String id : ids) {
            ToggleButton b = new ToggleButton(id);
            b.setId(prefix + "-" + id);
            b.setUserData(id);
            b.setToggleGroup(group);
            s.getButtons().add(b);
        }
        Keys.answerButtons(s.getButtons());
        s.setToggleGroup(group);
        return s;
    }

    private void ageTyped(String text) {
        if (updating) {
            return;
        }
        if (text.isEmpty()) {
            age.getStyleClass().remove("invalid");
            ageProblem(null);
            session.setPatient(session.exam().patient().withAge(null));
            return;
        }
        Integer n = text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
        if (n == null || n < 12 || n > 110) {
            if (!age.getStyleClass().contains("invalid")) {
                age.getStyleClass().add("invalid");
            }
            Tips.install(age, "Age is a whole number from 12 to 110.");
            // the age already in the exam stays until a valid one is typed: a typo never silently changes the estimates
            Integer kept = session.exam().patient().age();
            ageProblem("Age \u201c" + text + "\u201d not recorded: a whole number from 12 to 110 is needed. "
                    + (kept == null ? "No age is in the exam." : "The exam keeps " + kept + "."));
            return;
        }
        age.getStyleClass().remove("invalid");
        ageProblem(null);
        session.setPatient(session.exam().patient().withAge(n));
    }

    /** The line under the header naming a mistyped age; shown only while there is one (the window places it). */
    javafx.scene.Node ageProblemLine() {
        return ageProblem;
    }

    private void ageProblem(String text) {
        ageProblem.setText(text == null ? "" : text);
        ageProblem.setVisible(text != null);
    }

    private void refresh(Exam exam) {
        updating = true;
        Integer a = exam.patient().age();
        if (!age.getStyleClass().contains("invalid") && !String.valueOf(a == null ? "" : a).equals(age.getText().strip())) {
            age.setText(a == null ? "" : a.toString());
        }
        select(sex, exam.patient().sex() == null ? null : exam.patient().sex().id());
        select(side, exam.side() == null ? null : exam.side().id());
        updating = false;
    }

    /**
     * A second click on the chosen sex or side (a double-click) keeps it: true when {@code now} is that
     * deselection, which is undone. Choosing another value is how a wrong one is corrected.
     */
    private boolean kept(ToggleGroup group, javafx.scene.control.Toggle old, javafx.scene.control.Toggle now) {
        if (now != null) {
            return false;
        }
        updating = true;
        group.selectToggle(old);
        updating = false;
        return true;
    }

    private static void select(ToggleGroup group, String id) {
        group.selectToggle(group.getToggles().stream().filter(t -> t.getUserData().equals(id)).findFirst().orElse(null));
    }
}
