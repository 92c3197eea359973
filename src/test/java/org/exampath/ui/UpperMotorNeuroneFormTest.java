package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The neuro screen's upper motor neurone rows (UI review finding 4), generated from the catalogue: clicked through the
 * window they record brisk reflexes, sustained clonus and the plantar response, and a sign raises the deficit banner.
 */
@ExtendWith(ApplicationExtension.class)
class UpperMotorNeuroneFormTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    @Test
    void theNeuroScreenShowsTheThreeSignsBesideTheSpecReflexRows(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        for (String id : new String[] {"#f-neuro-reflex-knee-row", "#f-neuro-reflex-ankle-row", "#f-neuro-reflexes_brisk-row",
                "#f-neuro-clonus-row", "#f-neuro-plantar-row"}) {
            Node row = robot.lookup(id).query();
            assertTrue(row.isVisible(), id);
        }
        for (String value : new String[] {"flexor", "extensor", "equivocal"}) {
            assertTrue(robot.lookup("#f-neuro-plantar-" + value).tryQuery().isPresent(), value);
        }
        assertFalse(robot.lookup("#f-neuro-reflex-knee-brisk").tryQuery().isPresent(), "the spec's reflex row keeps its three values");
        assertFalse(robot.lookup("#red-flag-progressive_neuro_deficit").tryQuery().isPresent(), "nothing recorded, nothing raised");
    }

    @Test
    void anExtensorPlantarClickedInTheFormIsRecordedAndRaisesTheBanner(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        window.click("f-neuro-plantar-flexor");
        assertEquals(new FindingValue.Choice("flexor"), session.exam().value("neuro.plantar"));
        assertFalse(robot.lookup("#red-flag-progressive_neuro_deficit").tryQuery().isPresent(), "a flexor response is normal");
        window.click("f-neuro-plantar-extensor");
        assertEquals(new FindingValue.Choice("extensor"), session.exam().value("neuro.plantar"));
        assertTrue(robot.lookup("#red-flag-progressive_neuro_deficit").tryQuery().isPresent(), "the sign raises the deficit flag");
    }

    @Test
    void clonusAndBriskReflexesAreYesOrNoAndStartUnasked(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        assertNull(session.exam().value("neuro.clonus"), "never asked, never recorded as no");
        window.click("f-neuro-clonus-no");
        assertEquals(FindingValue.Flag.NO, session.exam().value("neuro.clonus"));
        window.click("f-neuro-reflexes_brisk-yes");
        assertEquals(FindingValue.Flag.YES, session.exam().value("neuro.reflexes_brisk"));
        assertTrue(robot.lookup("#red-flag-progressive_neuro_deficit").tryQuery().isPresent());
    }
}
