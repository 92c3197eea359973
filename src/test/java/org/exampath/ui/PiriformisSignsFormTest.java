package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.HypothesisResult;
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
 * Freiberg's, Pace's and Beatty's signs on the nerve-bias step, generated from the catalogue: beside FAIR and the
 * active piriformis test, each with its "how to", recorded by a click, back to not tested, and moving no probability
 * on the panel (they carry no likelihood ratio), nor ever offered as a next test.
 */
@ExtendWith(ApplicationExtension.class)
class PiriformisSignsFormTest {
    private static final List<String> SIGNS = List.of("nerve-freiberg", "nerve-pace", "nerve-beatty");
    private ExamSession session;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
        stage.show();
    }

    private static Parent sectionOf(Node node) {
        Parent p = node.getParent();
        while (p != null && !p.getStyleClass().contains("form-section")) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void theThreeSignsSitWithTheOtherNerveBiasTestsWithTheirValuesAndHowTo(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.NERVE);
        Parent nerveSection = sectionOf(robot.lookup("#f-nerve-fair-row").query());
        assertNotNull(nerveSection, "FAIR sits in a form section");
        for (String sign : SIGNS) {
            Node row = robot.lookup("#f-" + sign + "-row").query();
            assertTrue(row.isVisible(), sign);
            assertEquals(nerveSection, sectionOf(row), sign + " is in FAIR's section");
            for (String value : List.of("negative", "positive")) {
                assertTrue(robot.lookup("#f-" + sign + "-" + value).tryQuery().isPresent(), sign + " " + value);
            }
        }
        assertEquals("Freiberg's sign (forced internal rotation, hip straight)",
                robot.lookup("#f-nerve-freiberg-row .finding-label").queryAs(Label.class).getText());
        window.click("f-nerve-pace-info");
        String how = robot.lookup("#f-nerve-pace-note").queryAs(Label.class).getText();
        assertTrue(how.startsWith("How: Seated, hips and knees at 90°"), how);
        assertFalse(how.contains("→"), "no likelihood ratio to show: " + how);
    }

    @Test
    void eachSignIsRecordedByAClickAndMovesNoProbability(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.go(Step.NERVE);
        window.click("f-nerve-fair-positive");
        List<HypothesisResult> before = session.assessment().hypotheses();
        for (String sign : SIGNS) {
            assertTrue(robot.lookup("#next-f-" + sign).tryQuery().isEmpty(), sign + " is never a next test");
        }
        window.click("f-nerve-freiberg-positive");
        window.click("f-nerve-pace-negative");
        window.click("f-nerve-beatty-positive");
        assertEquals(new FindingValue.Choice("positive"), session.exam().value("nerve.freiberg"));
        assertEquals(new FindingValue.Choice("negative"), session.exam().value("nerve.pace"));
        assertEquals(new FindingValue.Choice("positive"), session.exam().value("nerve.beatty"));
        assertEquals(before, session.assessment().hypotheses(), "neutral: the panel's probabilities stay as they were");
        assertTrue(robot.lookup(".red-flag").queryAll().isEmpty(), "nothing raised");

        window.click("f-nerve-beatty-unset");
        assertNull(session.exam().value("nerve.beatty"), "back to not tested, never recorded as negative");
    }
}
