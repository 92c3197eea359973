package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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

/**
 * In the red-flag banner, Enter in the "Action taken" field records the action, as the Record button does.
 */
@ExtendWith(ApplicationExtension.class)
class FlagActionEnterTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("flag-enter-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void enterInTheActionFieldRecordsTheAction(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        window.type("ack-malignancy-text", "GP review booked");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".flag-action").queryAll().stream()
                        .anyMatch(n -> ((Label) n).getText().endsWith(": GP review booked")),
                "Enter in the action field leaves the action unrecorded; the field still holds: "
                        + robot.lookup("#ack-malignancy-text").queryAs(TextField.class).getText());
    }

    @Test
    void theRecordButtonRecordsTheSameAction(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        window.type("ack-malignancy-text", "GP review booked");
        window.click("ack-malignancy-record");
        assertEquals(1, robot.lookup(".flag-action").queryAll().stream()
                .filter(n -> ((Label) n).getText().endsWith(": GP review booked")).count(), "control: the button records it");
    }
}
