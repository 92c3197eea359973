package org.exampath.ui.exam;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.exampath.domain.ExamRecord;
import org.exampath.ui.common.ExamSession;

/**
 * The clinician's own words on the Summary step: a free-text assessment and plan. They are kept in
 * the exam's record fields, so they travel in the exam file as exam/1's optional
 * {@code encounter.assessment} and {@code encounter.plan}; the engine never reads them.
 */
final class RecordNotes extends VBox {
    private final TextArea assessment = area("record-assessment", "Your assessment in your own words (optional)");
    private final TextArea plan = area("record-plan", "Your plan: advice, treatment, referral, review (optional)");
    private boolean updating;

    RecordNotes(ExamSession session) {
        super(4);
        setId("record-notes");
        Label title = new Label("Your assessment and plan");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, new Label("Assessment"), assessment, new Label("Plan"), plan);
        assessment.textProperty().addListener((obs, old, now) -> write(session));
        plan.textProperty().addListener((obs, old, now) -> write(session));
        session.examProperty().addListener((obs, old, now) -> read(now.record()));
        read(session.exam().record());
    }

    private void write(ExamSession session) {
        if (updating) {
            return;
        }
        int longest = Math.max(assessment.getText().codePointCount(0, assessment.getText().length()),
                plan.getText().codePointCount(0, plan.getText().length()));
        if (longest > ExamRecord.MAX_TEXT) {
            return;
        }
        session.setNotes(assessment.getText(), plan.getText());
    }

    private void read(ExamRecord record) {
        updating = true;
        try {
            sync(assessment, record.assessment());
            sync(plan, record.plan());
        } finally {
            updating = false;
        }
    }

    private static void sync(TextArea area, String value) {
        String want = value == null ? "" : value;
        if (!want.equals(area.getText()) && !(want.isEmpty() && area.getText().isBlank())) {
            area.setText(want);
        }
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(RecordNotes::filter));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> leaveOnTab(area, e));
        return area;
    }

    /** Nothing longer than a record holds; a pasted tab becomes a space, as Tab never writes one. */
    private static TextFormatter.Change filter(TextFormatter.Change change) {
        if (change.getText().indexOf('\t') >= 0) {
            change.setText(change.getText().replace('\t', ' '));
        }
        String next = change.getControlNewText();
        return next.codePointCount(0, next.length()) > ExamRecord.MAX_TEXT ? null : change;
    }

    /**
     * Tab (Shift+Tab) leaves the field for the next (previous) control, as it leaves every other field of the form,
     * instead of writing a tab into the record. The move is the one the text area makes on Ctrl+Tab; Enter still
     * starts a new line.
     */
    private static void leaveOnTab(TextArea area, KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        e.consume();
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
    }
}
