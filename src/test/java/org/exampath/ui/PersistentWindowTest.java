package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
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

/** The window on a real SQLite file: what is entered is there again after closing and reopening. */
@ExtendWith(ApplicationExtension.class)
class PersistentWindowTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void open(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        autosave.resume();
        ExamView view = new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser());
        stage.setScene(ExamView.scene(view));
        stage.show();
    }

    private void close(Stage stage) {
        stage.close();
        autosave.shutdown();
        db.close();
    }

    @AfterEach
    void tidy() {
        db.close();
    }

    @Test
    void findingsEnteredAreThereAfterCloseAndReopen(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-0142");
        window.click("side-right");
        window.click("chart-lateral_hip-right");
        window.click("f-history-aggravator-side_lying-yes");
        window.click("f-redflag-cancer_history-no");
        window.click("step-nerve");
        window.click("f-provocation-single_leg_stance_30s-positive");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Saved"));
        Exam entered = session.exam();
        assertEquals(4, entered.findings().size());

        Stage stage = (Stage) robot.lookup("#exam-view").query().getScene().getWindow();
        robot.interact(() -> {
            close(stage);
            open(stage);
        });
        // the store is read off the JavaFX thread; the window shows the encounter when it arrives
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Resumed encounter"));
        assertEquals(entered, session.exam());
        assertEquals("P-0142", session.patientLabelProperty().get());
        window.click("step-nerve");
        assertTrue(robot.lookup("#f-provocation-single_leg_stance_30s-positive").queryAs(ToggleButton.class).isSelected());
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.region.lateral_hip"));
        assertTrue(robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Resumed encounter"));
    }
}
