package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
 * The neuro screen's marked-weakness row (review 35, finding 7), generated from the catalogue beside the myotome rows:
 * it starts unasked, and a foot drop clicked through the window raises the deficit banner, which a weak myotome alone
 * raises only to ask how weak it is and whether it is growing.
 */
@ExtendWith(ApplicationExtension.class)
class MarkedWeaknessFormTest {
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    @Test
    void aFootDropClickedInTheFormIsRecordedAndRaisesTheDeficitBanner(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.STRENGTH);
        Node row = robot.lookup("#f-neuro-marked_weakness-row").query();
        assertTrue(row.isVisible());
        assertTrue(robot.lookup("#f-neuro-marked_weakness-row .finding-label").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText().contains("foot drop")), "the row says what it records");
        assertNull(session.exam().value("neuro.marked_weakness"), "never asked, never recorded as no");
        window.click("f-neuro-myotome-L4-weak");
        assertTrue(robot.lookup("#red-flag-progressive_neuro_deficit").tryQuery().isPresent(), "a weak myotome: soon, ask how weak");
        window.click("f-neuro-marked_weakness-yes");
        assertEquals(FindingValue.Flag.YES, session.exam().value("neuro.marked_weakness"));
        assertEquals("urgent", TestKnowledge.ENGINE.assess(session.exam()).redFlags().stream()
                .filter(f -> f.id().equals("progressive_neuro_deficit")).findFirst().orElseThrow().urgency());
        window.click("f-neuro-marked_weakness-no");
        assertEquals(FindingValue.Flag.NO, session.exam().value("neuro.marked_weakness"));
    }
}
