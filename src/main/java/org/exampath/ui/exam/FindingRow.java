package org.exampath.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.text.Describe;
import org.exampath.ui.common.Keys;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.WrappedLabel;

/**
 * One form row generated from a finding definition: its label, a one-click control for its values
 * (with a "–" for not asked / not tested), and, for tests, how to do it and its accuracy one click
 * away. The row writes into the session; its step form refreshes it when its finding changes.
 */
public final class FindingRow extends Column {
    private static final javafx.css.PseudoClass CARRIED = javafx.css.PseudoClass.getPseudoClass("carried");
    private final FindingDefinition definition;
    private final ExamSession session;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Runnable> onReplace = new ArrayList<>();
    private final Label caution = new WrappedLabel("");
    /** The half of a resisted test chosen so far, while the other half is not (nothing recorded yet). */
    private final HalfAnswer halves = new HalfAnswer();
    private final Label half = new WrappedLabel("");
    /** The question's words; a duration's unit in them follows the days/weeks/months switch. */
    private final Label question;
    /** "from last visit DATE" while a follow-up shows this finding as the last visit left it. */
    private final Label carried = new Label();
    /** True while the row shows the finding as the last visit left it. */
    private boolean carriedShown;
    private Runnable onReaffirm = () -> { };
    /** The answers; for a finding that belongs to a test (where it hurt), disabled while that test is not tested. */
    private final Node control;
    /** "once FABER is recorded", beside the answers while the test this finding belongs to is not tested. */
    private final Label waitsFor = new Label();
    private boolean updating;

    public FindingRow(FindingDefinition definition, ExamSession session) {
        this.definition = definition;
        this.session = session;
        getStyleClass().add("finding-row");
        setId(Describe.nodeId(definition.id()) + "-row");
        Label label = new WrappedLabel(definition.label());
        label.getStyleClass().add("finding-label");
        question = label;
        control = control();
        HBox line = new HBox(8, control);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("answers");
        if (control instanceof FlowPane flow) {
            HBox.setHgrow(flow, Priority.ALWAYS);
        }
        EvidenceNote.attach(this, line, definition, session.knowledge());
        carried.getStyleClass().add("carried-marker");
        carried.setId(Describe.nodeId(definition.id()) + "-carried");
        carried.setMinWidth(Region.USE_PREF_SIZE);
        carried.setVisible(false);
        carried.managedProperty().bind(carried.visibleProperty());
        line.getChildren().add(carried);
        if (definition.of() != null) {
            waitsFor.setText("once " + session.knowledge().finding(definition.of()).map(FindingDefinition::label).orElse(definition.of())
                    + " is recorded");
            waitsFor.getStyleClass().add("hint");
            waitsFor.setId(Describe.nodeId(definition.id()) + "-waits");
            waitsFor.managedProperty().bind(waitsFor.visibleProperty());
            line.getChildren().add(1, waitsFor);
        }
        getChildren().add(new AnswerLine(label, line));
        if (definition.kind() == org.exampath.knowledge.FindingKind.STRENGTH) {
            half.getStyleClass().add("hint");
            half.setId(Describe.nodeId(definition.id()) + "-half");
            half.setVisible(false);
            half.managedProperty().bind(half.visibleProperty());
            getChildren().add(half);
        }
        caution.getStyleClass().add("caution");
        caution.setId(Describe.nodeId(definition.id()) + "-caution");
        caution.setVisible(false);
        caution.managedProperty().bind(caution.visibleProperty());
        getChildren().add(caution);
        refresh();
    }

    /** Called when the clinician chooses the answer already chosen (re-examined, unchanged). */
    void onReaffirm(Runnable action) {
        onReaffirm = action;
    }

    /** Marks the finding as carried over from the last visit ({@code marker}: the words shown), or clears the mark (null). */
    void carriedOver(String marker) {
        carried.setText(marker == null ? "" : marker);
        carried.setVisible(marker != null);
        pseudoClassStateChanged(CARRIED, marker != null);
        carriedShown = marker != null;
        showHalf();
    }

    /** Marks this test as one not to do now, saying why, or clears the mark ({@code why} null). */
    void caution(String why) {
        if (!java.util.Objects.equals(why, caution.isVisible() ? caution.getText() : null)) {
            caution.setText(why == null ? "" : why);
            caution.setVisible(why != null);
        }
    }

    public FindingDefinition definition() {
        return definition;
    }

    private Node control() {
        return switch (definition.kind()) {
            case BOOLEAN -> segmented(List.of("no", "yes"), List.of(FindingValue.Flag.NO, FindingValue.Flag.YES), "", this::record);
            case CHOICE -> choices();
            case INTEGER -> integerField();
            case STRENGTH -> strength();
        };
    }

    private Node choices() {
        List<String> names = new ArrayList<>();
        List<FindingValue> values = new ArrayList<>();
        for (String v : definition.values()) {
            if (!"not_tested".equals(v)) {
                names.add(v);
                values.add(new FindingValue.Choice(v));
            }
        }
        return segmented(names, values, "", this::record);
    }

    private void record(FindingValue value) {
        session.set(definition.id(), value);
    }

    /** A segmented control whose first button, "–", means not asked or not tested. */
    private SegmentedButton segmented(List<String> names, List<FindingValue> values, String idSuffix,
                                      Consumer<FindingValue> onChange) {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        ToggleButton unset = button("–", Describe.nodeId(definition.id()) + idSuffix + "-unset", group);
        Tips.install(unset, definition.physical() ? "Not tested" : "Not asked");
        unset.getStyleClass().add("unset");
        buttons.add(unset);
        for (int i = 0; i < names.size(); i++) {
            ToggleButton b = button(shortName(names.get(i)), Describe.nodeId(definition.id()) + idSuffix + "-" + names.get(i), group);
            b.setUserData(values.get(i));
            buttons.add(b);
        }
        AnswerNames.name(definition, idSuffix, buttons, names);
        Keys.answerButtons(buttons);
        SegmentedButton segmented = new SegmentedButton(buttons.toArray(ToggleButton[]::new));
        segmented.setToggleGroup(group);
        segmented.setId(Describe.nodeId(definition.id()) + idSuffix);
        segmented.getStyleClass().add("finding-choice");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                // a second click or Enter on the chosen answer (a double-click) keeps it: "–" alone clears
                updating = true;
                group.selectToggle(old != null ? old : unset);
                updating = false;
                if (old != null && old != unset) {
                    reaffirmed((FindingValue) old.getUserData(), idSuffix);
                }
                return;
            }
            onChange.accept((FindingValue) now.getUserData());
        });
        refreshers.add(() -> selectFor(group, unset, idSuffix));
        return segmented;
    }

    /**
     * The answer shown was chosen again: examined today, even though it is the same. On a resisted test carried
     * over from the last visit, one half chosen again is today's half only: it waits for the other, as a new one does.
     */
    private void reaffirmed(FindingValue value, String idSuffix) {
        if (carriedShown && "-grade".equals(idSuffix)) {
            gradeChosen(value);
        } else if (carriedShown && "-pain".equals(idSuffix)) {
            painChosen(value);
        } else {
            onReaffirm.run();
        }
    }

    /** Answers are short on the buttons ("familiar", not "familiar pain"); the row label says the rest. */
    private static String shortName(String value) {
        return "familiar".equals(value) ? "familiar" : Describe.value(value);
    }

    /** A short label that keeps its whole text: it is never squeezed into an ellipsis. */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ToggleButton button(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void selectFor(ToggleGroup group, Toggle unset, String idSuffix) {
        FindingValue current = session.exam().value(definition.id());
        Object wanted = current;
        if (halves.waiting() && "-grade".equals(idSuffix)) {
            wanted = halves.grade() == null ? null : new FindingValue.Count(halves.grade());
        } else if (halves.waiting() && "-pain".equals(idSuffix)) {
            wanted = halves.pain() == null ? null : new FindingValue.Choice(halves.pain());
        } else if (current instanceof FindingValue.Strength s) {
            wanted = "-grade".equals(idSuffix) ? (Object) new FindingValue.Count(s.grade()) : new FindingValue.Choice(s.pain());
        }
        Toggle target = unset;
        for (Toggle t : group.getToggles()) {
            if (wanted != null && wanted.equals(t.getUserData())) {
                target = t;
            }
        }
        group.selectToggle(target);
    }

    private Node integerField() {
        TextField field = new TextField();
        field.setId(Describe.nodeId(definition.id()));
        field.setPrefColumnCount(4);
        field.setPromptText(definition.min() + "–" + definition.max());
        field.getStyleClass().add("finding-number");
        question.setLabelFor(field); // read by its question (and unit), its typed number as its value
        Keys.keepText(field);
        DurationUnit[] unit = {DurationUnit.WEEKS};
        ToggleGroup units = DurationUnit.appliesTo(definition.id()) ? new ToggleGroup() : null;
        String rule = "A whole number from " + definition.min() + " to " + definition.max() + "; leave empty if not asked.";
        Tips.install(field, rule);
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(field, false, Validator.<String>createPredicateValidator(
                text -> text == null || text.isBlank() || (text.strip().matches("\\d{1,5}")
                        && Integer.parseInt(text.strip()) >= definition.min() && Integer.parseInt(text.strip()) <= definition.max()),
                rule));
        Runnable apply = () -> {
            if (updating) {
                return;
            }
            String t = field.getText().strip();
            if (t.isEmpty()) {
                field.getStyleClass().remove("invalid");
                session.set(definition.id(), null);
                return;
            }
            Integer typed = t.matches("\\d{1,5}") ? Integer.valueOf(t) : null;
            Integer n = typed == null ? null : unit[0].toWeeks(typed);
            if (n == null || n < definition.min() || n > definition.max()) {
                if (!field.getStyleClass().contains("invalid")) {
                    field.getStyleClass().add("invalid");
                }
                session.set(definition.id(), null);
                return;
            }
            field.getStyleClass().remove("invalid");
            session.set(definition.id(), new FindingValue.Count(n));
            onReaffirm.run(); // typed today, even if it equals the last visit's number
        };
        field.textProperty().addListener((obs, old, text) -> apply.run());
        onReplace.add(() -> {
            field.getStyleClass().remove("invalid");
            FindingValue v = session.exam().value(definition.id());
            if (units != null) {
                units.selectToggle(units.getToggles().get(DurationUnit.WEEKS.ordinal()));
            }
            field.setText(v == null ? "" : v.display());
        });
        // every number field follows the exam, the duration with its unit switch too: a value set from elsewhere
        // (a colleague's kept after a refused save) replaces what the field shows, in weeks
        refreshers.add(() -> {
            FindingValue v = session.exam().value(definition.id());
            String t = field.getText().strip();
            boolean invalid = field.getStyleClass().contains("invalid");
            // the field's own state: a number it holds in any unit, or nothing (emptied, or not a valid number yet)
            boolean same = v instanceof FindingValue.Count c && t.matches("\\d{1,5}") && unit[0].toWeeks(Integer.parseInt(t)) == c.value()
                    || v == null && (t.isEmpty() || invalid);
            if (!same && unit[0] != DurationUnit.WEEKS && units != null) {
                units.selectToggle(units.getToggles().get(DurationUnit.WEEKS.ordinal()));
            }
            String want = v == null ? "" : v.display();
            if (!same && !invalid && !want.equals(t)) {
                field.setText(want);
            }
            if (v == null && invalid && !field.isFocused()) {
                field.setText("");
                field.getStyleClass().remove("invalid");
            }
        });
        return units == null ? field : unitChoice(field, units, unit, apply);
    }

    /** "Duration (weeks)" as "Duration (days)" while days are typed: the label names the unit the number is in. */
    private static String withUnit(String label, DurationUnit unit) {
        return label.replace("(" + DurationUnit.WEEKS.label() + ")", "(" + unit.label() + ")");
    }

    /** The number with its unit: days, weeks or months, stored as whole weeks. */
    private Node unitChoice(TextField field, ToggleGroup units, DurationUnit[] unit, Runnable apply) {
        List<ToggleButton> buttons = new ArrayList<>();
        for (DurationUnit u : DurationUnit.values()) {
            ToggleButton b = button(u.label(), Describe.nodeId(definition.id()) + "-unit-" + u.label(), units);
            b.setUserData(u);
            buttons.add(b);
        }
        units.selectToggle(buttons.get(DurationUnit.WEEKS.ordinal()));
        units.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                units.selectToggle(old);
                return;
            }
            unit[0] = (DurationUnit) now.getUserData();
            question.setText(withUnit(definition.label(), unit[0]));
            apply.run();
        });
        Keys.answerButtons(buttons);
        SegmentedButton choice = new SegmentedButton(buttons.toArray(ToggleButton[]::new));
        choice.setToggleGroup(units);
        Label stored = new Label();
        stored.getStyleClass().add("hint");
        stored.setMinWidth(Region.USE_PREF_SIZE);
        Runnable showStored = () -> {
            FindingValue v = session.exam().value(definition.id());
            stored.setText(unit[0] != DurationUnit.WEEKS && v != null ? "= " + v.display() + " wk" : "");
        };
        refreshers.add(showStored);
        units.selectedToggleProperty().addListener((obs, old, now) -> showStored.run());
        HBox box = new HBox(6, field, choice, stored);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node strength() {
        List<String> gradeNames = List.of("0", "1", "2", "3", "4", "5");
        List<FindingValue> gradeValues = new ArrayList<>();
        gradeNames.forEach(g -> gradeValues.add(new FindingValue.Count(Integer.parseInt(g))));
        SegmentedButton grades = segmented(gradeNames, gradeValues, "-grade", this::gradeChosen);
        List<String> painNames = List.of("none", "pain", "familiar");
        List<FindingValue> painValues = new ArrayList<>();
        painNames.forEach(p -> painValues.add(new FindingValue.Choice(p)));
        SegmentedButton pains = segmented(painNames, painValues, "-pain", this::painChosen);
        HBox mrc = new HBox(6, fixed(new Label("MRC")), grades);
        mrc.setAlignment(Pos.CENTER_LEFT);
        HBox pain = new HBox(6, fixed(new Label("pain")), pains);
        pain.setAlignment(Pos.CENTER_LEFT);
        FlowPane box = new FlowPane(12, 4, mrc, pain);
        box.setPrefWrapLength(10_000);
        return box;
    }

    /**
     * A grade waits for its pain answer (and a pain answer for its grade): nothing is recorded until both are
     * chosen, so neither half is ever filled in for the clinician. The other half may come from the test as
     * recorded in this visit, never from one carried over from the last visit: that stands, shown, until both of
     * today's halves are chosen. Clearing either part takes a recorded test back to "not tested".
     */
    private void gradeChosen(FindingValue grade) {
        halfAnswer((FindingValue.Count) grade, null);
    }

    private void painChosen(FindingValue pain) {
        halfAnswer(null, (FindingValue.Choice) pain);
    }

    private void halfAnswer(FindingValue.Count grade, FindingValue.Choice pain) {
        if (grade == null && pain == null) {
            halves.clear();
            session.set(definition.id(), null);
            showHalf();
            return;
        }
        boolean fromLastVisit = carriedShown;
        FindingValue.Strength whole = halves.add(grade == null ? null : grade.value(), pain == null ? null : pain.value(),
                fromLastVisit ? null : session.exam().value(definition.id()));
        if (whole != null) {
            session.set(definition.id(), whole);
            if (fromLastVisit) {
                onReaffirm.run(); // both halves chosen today: examined today, even if the same as last visit's
            }
        }
        showControls();
    }

    /** The half chosen so far as pending and the prompt for the other; none is shown once the test is recorded. */
    private void showHalf() {
        if (definition.kind() != org.exampath.knowledge.FindingKind.STRENGTH) {
            return;
        }
        boolean waiting = halves.waiting();
        half.setText(waiting ? halves.prompt(carriedShown) : "");
        half.setVisible(waiting);
    }

    /** The half-answered test, for a question before leaving ("MRC 3 chosen, pain not chosen"); null when none. */
    String halfEntered() {
        return halves.waiting() ? halves.describe() : null;
    }

    /**
     * Puts the keyboard focus on this question's answer as it stands (or its number field): the chosen button, which
     * is "–" while the question is unasked, so the focus ring never sits on "no" of a question nobody answered.
     * The arrow keys then move to the answers.
     */
    void focusFirstAnswer() {
        applyCss();
        for (Node choice : lookupAll(".finding-choice")) {
            List<ToggleButton> buttons = ((SegmentedButton) choice).getButtons();
            if (!buttons.isEmpty()) {
                buttons.stream().filter(ToggleButton::isSelected).findFirst().orElse(buttons.get(0)).requestFocus();
                return;
            }
        }
        Node number = lookup(".finding-number");
        if (number != null) {
            number.requestFocus();
        }
    }

    /**
     * Brings the controls in line with the session's exam (the step form calls it when this finding, or the test it
     * belongs to, changed).
     */
    void refresh() {
        if (session.exam().value(definition.id()) != null) {
            halves.clear();
        }
        showControls();
    }

    private void showControls() {
        if (definition.of() != null) {
            control.setDisable(!session.exam().has(definition.of())); // a test never done has no site or angle
            waitsFor.setVisible(control.isDisabled());
        }
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        showHalf();
    }

    /** Another exam is on screen: what was typed or half chosen for the one before goes, and the row shows this exam. */
    void replaced() {
        halves.clear();
        updating = true;
        try {
            onReplace.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        refresh();
    }
}
