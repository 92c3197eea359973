package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A flag's "Action taken" field can be read whole in the narrow panel of the smallest window, its examples in its tip. */
@ExtendWith(ApplicationExtension.class)
class FlagActionPromptTest {
    /** Cancer and weight loss: one urgent flag. */
    private static final Exam ONE_URGENT = Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.cancer_history",
            "redflag.unexplained_weight_loss").exam();

    @TempDir
    Path dir;

    private Stage stage;
    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage primary) {
        // the test opens its own window at its size
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        if (autosave != null) {
            autosave.shutdown();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theActionFieldsPromptIsReadWholeAt1024x700AndItsTipGivesExamples(FxRobot robot) {
        robot.interact(() -> {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            db = Database.open(dir.resolve("exampath.db"));
            autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC()), "anna", Clock.systemUTC());
            stage = new Stage();
            stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
            stage.setWidth(1024);
            stage.setHeight(700);
            stage.show();
            session.replace(ONE_URGENT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#ack-malignancy-text").queryAs(TextField.class);
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        assertFalse(field.getPromptText().isBlank(), "the field says what it is for");
        assertTrue(prompt.getLayoutBounds().getWidth() <= room,
                "\"" + field.getPromptText() + "\" (" + Math.round(prompt.getLayoutBounds().getWidth()) + " px) fits the field's "
                        + Math.round(room) + " px");
        // Tooltip.install keeps the tip among the node's properties under this key
        Tooltip tip = (Tooltip) field.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip != null && tip.getText().contains("referred to ED"), "the tip gives examples: " + (tip == null ? null : tip.getText()));
    }
}
