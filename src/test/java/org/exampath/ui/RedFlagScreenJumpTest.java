package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
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
 * Review finding 13: the "Red-flag screen (n of 25 asked) ↓" link at the top of History lands with the screen's
 * heading at the top of the view (a small margin above it) and the focus on the first unasked question; when the
 * heading and that question do not both fit, the question is shown at the foot of the view with what lies just above
 * it. The link wears the panel's colour for the same state of the screen. At 1024x700 and 1366x800.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagScreenJumpTest {
    /** The "small margin" above the heading, and the most a landing may sit off its edge. */
    private static final double NEAR = 24;

    private Stage stage;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ExamSession(TestKnowledge.ENGINE);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, null), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void at1024x700TheHeadingLandsAtTheTopAndTheFocusOnTheFirstUnasked(FxRobot robot) {
        landsUnderTheHeading(robot, 1024, 700);
    }

    @Test
    void at1366x800TheHeadingLandsAtTheTopAndTheFocusOnTheFirstUnasked(FxRobot robot) {
        landsUnderTheHeading(robot, 1366, 800);
    }

    @Test
    void at1024x700AQuestionFarBelowTheHeadingIsShownWithWhatLiesAboveIt(FxRobot robot) {
        landsOnALateQuestion(robot, 1024, 700);
    }

    @Test
    void at1366x800AQuestionFarBelowTheHeadingIsShownWithWhatLiesAboveIt(FxRobot robot) {
        landsOnALateQuestion(robot, 1366, 800);
    }

    @Test
    void theLinkWearsThePanelsColourForTheSameStateOfTheScreen(FxRobot robot) {
        List<FindingDefinition> screen = TestKnowledge.SHIPPED.findingsOfStep("redflag");
        Labeled link = robot.lookup("#to-red-flag-screen").queryAs(Labeled.class);
        Labeled panel = robot.lookup("#screen-reminder").queryAs(Labeled.class);
        assertEquals(panel.getTextFill(), link.getTextFill(), "incomplete, no flag: one colour in both places");
        assertFalse(link.getPseudoClassStates().contains(PseudoClass.getPseudoClass("flag-standing")));

        // a flag raised (saddle numbness): the panel's line turns red, and the link with it
        String saddle = screen.stream().map(FindingDefinition::id).filter(id -> id.contains("saddle")).findFirst().orElseThrow();
        WindowRobot.onFx(() -> session.set(saddle, FindingValue.Flag.YES));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(link.getPseudoClassStates().contains(PseudoClass.getPseudoClass("flag-standing")));
        assertEquals(panel.getTextFill(), link.getTextFill(), "incomplete under a flag: one colour in both places");

        // every question asked: complete in both
        WindowRobot.onFx(() -> screen.forEach(d -> {
            if (!d.id().equals(saddle)) {
                session.set(d.id(), FindingValue.Flag.NO);
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(link.getPseudoClassStates().contains(PseudoClass.getPseudoClass("complete")));
        assertEquals(panel.getTextFill(), link.getTextFill(), "complete: one colour in both places");
    }

    /** The first three questions asked, so the first unasked one is not the first row under the heading. */
    private void landsUnderTheHeading(FxRobot robot, double width, double height) {
        String first = answerAllBut(robot, width, height, 3);
        ScrollPane page = jump(robot);
        Bounds view = view(page);
        Bounds heading = bounds(robot.lookup(".red-flag-screen .section-title").query());
        assertTrue(heading.getMinY() >= view.getMinY() - 0.5 && heading.getMaxY() <= view.getMaxY() + 0.5,
                "the heading lies inside the view at " + width + "x" + height + ": " + heading + " in " + view);
        assertTrue(heading.getMinY() - view.getMinY() <= NEAR,
                "the heading sits at the top, " + (heading.getMinY() - view.getMinY()) + " px below the edge");
        assertInside(robot, first, view);
        assertFocusOn(first);
    }

    /** All but the last question asked: the heading and the last question cannot both show. */
    private void landsOnALateQuestion(FxRobot robot, double width, double height) {
        List<FindingDefinition> screen = TestKnowledge.SHIPPED.findingsOfStep("redflag");
        String last = answerAllBut(robot, width, height, screen.size() - 1);
        ScrollPane page = jump(robot);
        Bounds view = view(page);
        Bounds row = assertInside(robot, last, view);
        assertTrue(view.getMaxY() - row.getMaxY() <= NEAR,
                "the question sits at the foot with the most context above it: " + row + " in " + view);
        assertFocusOn(last);
    }

    /** Sizes the window, answers "no" to the screen's first {@code asked} questions; the next one's id. */
    private String answerAllBut(FxRobot robot, double width, double height, int asked) {
        List<FindingDefinition> screen = TestKnowledge.SHIPPED.findingsOfStep("redflag");
        WindowRobot.onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            for (FindingDefinition d : screen.subList(0, asked)) {
                session.set(d.id(), FindingValue.Flag.NO);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen.get(asked).id();
    }

    private ScrollPane jump(FxRobot robot) {
        ScrollPane page = robot.lookup("#page-history").queryAs(ScrollPane.class);
        WindowRobot.onFx(() -> page.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        WindowRobot.click(robot, robot.lookup("#to-red-flag-screen").query());
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }

    private Bounds assertInside(FxRobot robot, String finding, Bounds view) {
        Bounds row = bounds(robot.lookup("#f-" + finding.replace('.', '-') + "-row").query());
        assertTrue(row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5,
                "the first unasked question lies inside the view: " + row + " in " + view);
        return row;
    }

    private void assertFocusOn(String finding) {
        Node focus = stage.getScene().getFocusOwner();
        String prefix = "f-" + finding.replace('.', '-');
        assertTrue(focus != null && focus.getId() != null && focus.getId().startsWith(prefix),
                "focus is on " + (focus == null ? null : focus.getId()) + ", expected " + prefix);
    }

    private static Bounds view(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        return viewport.localToScene(viewport.getBoundsInLocal());
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
