package org.exampath.ui.exam;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
        area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().codePointCount(0, change.getControlNewText().length()) > ExamRecord.MAX_TEXT ? null : change));
        return area;
    }
}
