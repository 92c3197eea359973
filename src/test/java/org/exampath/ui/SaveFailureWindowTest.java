package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
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

/** Issue 15 (2): a save that fails is an error, never the green of success, and what was entered stays and is retried. */
@ExtendWith(ApplicationExtension.class)
class SaveFailureWindowTest {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private EncounterStore store;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        autosave = new Autosave(session, store, "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void aLabelOverTheLimitIsAnErrorTheTextStaysAndTheFindingsAreSaved(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        String tooLong = "L".repeat(201);
        TextField label = robot.lookup("#patient-label").queryAs(TextField.class);
        robot.interact(() -> label.setText(tooLong));
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Findings saved");
        assertTrue(WindowRobot.saveStatus(robot).getText().contains("NOT the patient label"), WindowRobot.saveStatus(robot).getText());
        assertTrue(WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED), "shown as an error, not as success");
        assertEquals(tooLong, label.getText(), "the label typed is still there to be shortened");
        long id = autosave.encounterIdProperty().get();
        assertEquals(FindingValue.Flag.NO, store.load(id).orElseThrow().exam().value("redflag.cancer_history"));
        robot.interact(() -> label.setText("L".repeat(200)));
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertTrue(!WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED));
        assertEquals("L".repeat(200), store.load(id).orElseThrow().patientLabel());
    }

    @Test
    void aFailedSaveIsAnErrorKeepsTheChangeAndRetriesUntilStored(FxRobot robot) throws Exception {
        // retried every 200 ms instead of the window's 5 s: each retry before the trigger goes fails as the first did,
        // and the first one after it stores the change; what is proven is that it is retried until stored, not how often
        autosave.retryEvery(java.time.Duration.ofMillis(200));
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-7");
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        DatabaseTestAccess.execute(db, "CREATE TRIGGER broken BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        window.click("f-redflag-cancer_history-yes");
        WindowRobot.waitForSaveStatus(robot, "NOT SAVED");
        assertTrue(WindowRobot.saveStatus(robot).getText().contains("disk is full"), WindowRobot.saveStatus(robot).getText());
        assertTrue(WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED));
        assertTrue(robot.lookup("#f-redflag-cancer_history-yes").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the change is still on screen");
        DatabaseTestAccess.execute(db, "DROP TRIGGER broken");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        assertEquals(FindingValue.Flag.YES, store.load(id).orElseThrow().exam().value("redflag.cancer_history"),
                "the retry stored it without another click");
    }
}
