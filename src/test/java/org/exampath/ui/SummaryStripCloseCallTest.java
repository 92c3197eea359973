package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.Describe;
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
 * Clicked into a close pair (deep buttock pain, worse sitting, burning, FAIR positive), the summary strip says deep
 * gluteal syndrome and lumbar radicular pain cannot yet be separated, with both figures, in place of naming the first
 * as the leader; the strip's next test is the one the next tests offer for telling them apart. One more finding that
 * lifts deep gluteal syndrome clear names it as the leader again.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryStripCloseCallTest {
    private ExamSession session;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        session = new ExamSession(TestKnowledge.ENGINE);
        model = new ExamViewModel(session);
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    private static String text(WindowRobot window, String id) {
        return ((Labeled) window.node(id)).getText();
    }

    /** Deep buttock pain, worse sitting, burning, FAIR positive: deep gluteal syndrome and radicular pain level. */
    private static Exams level() {
        return Exams.of().patient(41, Sex.FEMALE)
                .yes("history.region.deep_mid_buttock", "history.aggravator.sitting", "history.quality.burning")
                .is("nerve.fair", "positive");
    }

    /** The first next test that the list says separates the two, by its link's text. */
    private static String separatingTest(FxRobot robot, WindowRobot window) {
        return robot.lookup(".next-test-why").queryAllAs(Label.class).stream()
                .filter(why -> why.getText().equals("separates deep gluteal syndrome from lumbar radicular pain")
                        || why.getText().equals("separates lumbar radicular pain from deep gluteal syndrome"))
                .map(why -> ((Hyperlink) window.node(why.getId().substring("why-".length()))).getText())
                .findFirst().orElseThrow(() -> new AssertionError("no next test offered for the pair"));
    }

    @Test
    void aClosePairIsSaidAsNotYetSeparatedWithTheTestThatSeparatesThem(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.enter(level().exam());
        Assessment a = session.assessment();
        HypothesisResult first = a.hypotheses().get(0);
        HypothesisResult second = a.hypotheses().get(1);
        assertEquals("deep_gluteal_syndrome lumbar_radicular", first.id() + " " + second.id());
        Label top = (Label) window.node("strip-top");
        String pair = "No clear leader yet: deep gluteal syndrome (" + Describe.percent(first.probability())
                + ") and lumbar radicular pain (" + Describe.percent(second.probability()) + ")";
        assertEquals(pair, top.getText());
        assertTrue(top.getStyleClass().contains("strip-close"), "said in italics, apart from a clear leader");
        // the test the next-tests list offers for this pair, as the list words it
        String separating = separatingTest(robot, window);
        // here it is the strip's own next test, which says what it separates: not linked a second time
        assertTrue(text(window, "strip-next").startsWith("Next: " + separating + " — separates "), text(window, "strip-next"));
        Hyperlink test = (Hyperlink) window.node("strip-close-test");
        assertFalse(test.isVisible(), "linked once, as the next test: " + test.getText());

        window.go(Step.PALPATION);
        window.click("f-palpation-piriformis-familiar");
        assertTrue(top.getText().startsWith("Deep gluteal syndrome "), "deep gluteal syndrome now leads clearly: " + top.getText());
        assertFalse(top.getText().contains("No clear leader"), top.getText());
        assertFalse(top.getStyleClass().contains("strip-close"));
    }

    @Test
    void whenAFlagsCheckLeadsTheNextTestsTheStripLinksTheTestThatSeparatesThePair(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        // a pop at injury raises the hamstring avulsion flag at "soon": its checks lead the next tests
        window.enter(level().yes("redflag.hamstring_pop").exam());
        assertTrue(text(window, "strip-top").startsWith("No clear leader yet: deep gluteal syndrome ("), text(window, "strip-top"));
        assertTrue(text(window, "strip-next").contains("checks the red flag"), text(window, "strip-next"));
        String separating = separatingTest(robot, window);
        Hyperlink test = (Hyperlink) window.node("strip-close-test");
        assertTrue(test.isVisible());
        assertEquals("To separate them: " + separating, test.getText());
        window.click("strip-close-test");
        String finding = TestKnowledge.SHIPPED.findings().values().stream().filter(d -> d.label().equals(separating))
                .findFirst().orElseThrow().id();
        assertEquals(Step.of(TestKnowledge.SHIPPED.finding(finding).orElseThrow().step()), model.stepProperty().get(),
                "the link goes to the test's step");
    }
}
