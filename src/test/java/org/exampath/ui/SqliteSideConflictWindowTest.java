package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Side;
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
 * Two app instances on one SQLite file, through Anna's window: Ben corrects the side to both sides from his window
 * while Anna's still shows one. Her click on "right" is refused as the clinic refuses it: Ben's side stands (it raises
 * the rules that read symptoms in both legs), and the conflict panel names the side and who changed it (what else the
 * panel does with it: {@link SqliteSideAgeHeldWindowTest}).
 */
@ExtendWith(ApplicationExtension.class)
class SqliteSideConflictWindowTest {
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(annasApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        bensApp.close();
        annasApp.close();
    }

    @Test
    void aSideBenCorrectedMeanwhileStandsAndThePanelNamesIt(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Side patient");
        form.click("side-left");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storedSide(id) == Side.LEFT);

        ExamSession his = new ExamSession(TestKnowledge.ENGINE);
        Autosave bens = new Autosave(his, new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "ben", Clock.systemUTC());
        try {
            java.util.concurrent.CompletableFuture<?>[] loaded = new java.util.concurrent.CompletableFuture<?>[1];
            WindowRobot.onFx(() -> loaded[0] = bens.load(id));
            loaded[0].get(20, TimeUnit.SECONDS);
            WindowRobot.onFx(() -> his.setSide(Side.BILATERAL));
            bens.flush();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> storedSide(id) == Side.BILATERAL);
        } finally {
            bens.shutdown();
        }

        form.click("side-right");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-encounter-side-set-by").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ben", robot.lookup("#conflict-encounter-side-set-by").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#conflict-panel").query().isVisible());
        autosave.flush();
        assertEquals(Side.BILATERAL, storedSide(id), "Ben's correction stands, not written over in Anna's name");
    }

    /** The side as stored, read through a store of its own. */
    private Side storedSide(long id) {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().exam().side();
    }
}
