package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Choosing the answer already chosen (a double-click, a second Enter) keeps it: "–" is the one way to clear
 * an answer, so a yes to a red-flag question, and its banner, never vanish on a double-click.
 */
@ExtendWith(ApplicationExtension.class)
class SecondClickKeepsTheAnswerTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    @Test
    void aSecondClickOnTheChosenYesKeepsTheRedFlagAnswer(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "the emergency is raised");
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertEquals(FindingValue.Flag.YES, session.exam().value("redflag.saddle_anaesthesia"),
                "clicking yes again (a double-click) leaves the answer yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "and the emergency banner stays");
    }

    @Test
    void enterOnTheChosenAnswerKeepsIt(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        Node yes = robot.lookup("#f-redflag-cancer_history-yes").query();
        assertTrue(yes.isFocused(), "the chosen answer has the focus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FindingValue.Flag.YES, session.exam().value("redflag.cancer_history"),
                "Enter on the chosen answer chooses it (the keyboard rule), it does not clear it");
    }

    @Test
    void aSecondClickOnTheChosenSideKeepsTheSide(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("side-right");
        window.click("side-right");
        assertEquals(Side.RIGHT, session.exam().side(), "clicking right again leaves the side right");
    }
}
