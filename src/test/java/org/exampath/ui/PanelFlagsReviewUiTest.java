package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.exchange.ExamReader;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.RedFlag;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The clinician-eye review of the panel and the Summary, at the smallest window (1024×700): the imaging headline
 * of an emergency and of a soon flag's step, a noted item named on its own line and never as a red flag, the
 * "why?" lines of a hypothesis held by the cap, and the keyboard after an action is recorded.
 */
@ExtendWith(ApplicationExtension.class)
class PanelFlagsReviewUiTest {
    /** Saddle numbness and a bladder change: a cauda equina emergency. */
    private static final Exam EMERGENCY = Exams.of().patient(47, Sex.MALE).yes("history.region.deep_mid_buttock",
            "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change").exam();
    /** A history of cancer and weight loss: an urgent malignancy flag. */
    private static final Exam URGENT = Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock",
            "redflag.cancer_history", "redflag.unexplained_weight_loss").exam();
    /** Low back pain in a young man who injects drugs, no fever asked: a soon infection flag. */
    private static final Exam SOON_INFECTION = Exams.of().patient(29, Sex.MALE).yes("history.region.low_back",
            "redflag.iv_drug_use").exam();
    /** Lateral hip pain at 52, nothing else on the screen: age alone is noted, never escalated. */
    private static final Exam AGE_NOTED = Exams.of().patient(52, Sex.FEMALE).yes("history.region.lateral_hip").exam();

    @TempDir
    Path dir;

    private SizedExamWindow window;

    @Start
    void start(Stage primary) {
        // each test opens its own window at its size
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    private void open(FxRobot robot, Exam exam) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, exam);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node instanceof Hyperlink link ? link.getText() : ((Label) node).getText();
    }

    private static RedFlag flag(Exam exam, String id) {
        return TestKnowledge.ENGINE.assess(exam).redFlags().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("sanity: " + id + " is raised"));
    }

    @Test
    void afterRecordTheKeyboardStaysInTheActionFieldAndTheBannerSaysAnActionWasRecorded(FxRobot robot) {
        open(robot, EMERGENCY);
        assertTrue(text(robot, "withheld-note").contains("record what was done"), text(robot, "withheld-note"));
        WindowRobot.click(robot, robot.lookup("#ack-cauda_equina-text").query());
        robot.write("Phoned on-call spinal team");
        WindowRobot.click(robot, robot.lookup("#ack-cauda_equina-record").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".flag-action").queryAll().stream().anyMatch(n -> ((Label) n).getText().endsWith(": Phoned on-call spinal team")),
                "the action is recorded under the flag");
        Node focused = window.stage().getScene().getFocusOwner();
        assertEquals("ack-cauda_equina-text", focused == null ? null : focused.getId(), "the keyboard stays in the action field");
        // typing on goes to the action field, never to the patient's label
        robot.write("ED letter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ED letter", robot.lookup("#ack-cauda_equina-text").queryAs(TextField.class).getText());
        String held = text(robot, "withheld-note");
        assertTrue(held.startsWith("Action recorded ") && held.contains(": Phoned on-call spinal team.")
                && held.contains("stay held back while the emergency stands"), held);
        assertFalse(held.contains("record what was done"), "no longer asks for what was just recorded: " + held);
    }

    @Test
    void anEmergencyDrivesAnEmergencySameDayImagingHeadlineInThePanelAndTheSummary(FxRobot robot) {
        open(robot, EMERGENCY);
        assertEquals("urgent", TestKnowledge.ENGINE.assess(EMERGENCY).imaging().recommendation(), "the contract's value is unchanged");
        Label strip = robot.lookup("#strip-imaging").queryAs(Label.class);
        assertEquals("Imaging: emergency, same day", strip.getText());
        assertTrue(strip.getStyleClass().contains("imaging-emergency"), strip.getStyleClass().toString());
        goToSummary(robot);
        assertTrue(text(robot, "summary-imaging").startsWith("Imaging: emergency, same day. "), text(robot, "summary-imaging"));
    }

    @Test
    void anUrgentFlagKeepsTheUrgentHeadline(FxRobot robot) {
        open(robot, URGENT);
        assertEquals("Imaging: urgent", text(robot, "strip-imaging"));
        assertEquals("Imaging: urgent", text(robot, "imaging"));
    }

    @Test
    void aSoonInfectionFlagHeadlinesItsOwnStepNotOnlyIfNoProgress(FxRobot robot) {
        assertEquals("soon", flag(SOON_INFECTION, "infection").urgency(), "sanity: the infection flag is raised at soon");
        assertEquals("if_no_progress", TestKnowledge.ENGINE.assess(SOON_INFECTION).imaging().recommendation());
        open(robot, SOON_INFECTION);
        String headline = text(robot, "strip-imaging");
        assertTrue(headline.startsWith("Imaging: not first — the flag's own checks and review come first"), headline);
        assertFalse(headline.contains("only if no progress"), headline);
        assertTrue(robot.lookup("#strip-imaging").query().getStyleClass().contains("imaging-conditional"), "amber, as the soon flag");
        goToSummary(robot);
        String summary = text(robot, "summary-imaging");
        assertTrue(summary.startsWith("Imaging: not first") && summary.contains("bloods"), summary);
    }

    @Test
    void aNotedItemIsNamedOnItsOwnLineInThePanelAndTheSummaryNeverAsARedFlag(FxRobot robot) {
        assertTrue(flag(AGE_NOTED, "low_value_items").noted(), "sanity: age alone is noted");
        open(robot, AGE_NOTED);
        assertTrue(robot.lookup(".red-flag").queryAll().isEmpty(), "no red flag on the banner");
        Label noted = robot.lookup("#noted-items").queryAs(Label.class);
        assertTrue(noted.isVisible());
        assertEquals("Noted for follow-up: Age 50 or over: noted, not escalated.", noted.getText());
        javafx.geometry.Bounds b = noted.localToScene(noted.getBoundsInLocal());
        assertTrue(b.getMaxY() <= window.stage().getScene().getHeight(), "the line is in the window: " + b);
        goToSummary(robot);
        assertEquals("Noted for follow-up: Age 50 or over: noted, not escalated.", text(robot, "summary-noted"));
        String flags = text(robot, "summary-flags");
        assertFalse(flags.contains("NOTED") || flags.contains("Low-value"), "not under the red flags: " + flags);
    }

    @Test
    void noNotedLineWhenNothingIsNoted(FxRobot robot) {
        open(robot, URGENT);
        assertFalse(robot.lookup("#noted-items").query().isVisible(), "nothing noted at 45 with these answers");
    }

    @Test
    void whyAtTheCapSaysSoAndNotCountedLinesGiveTheirReason(FxRobot robot) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Exam exam = new ExamReader(TestKnowledge.SHIPPED).read(json.writeValueAsBytes(
                json.readTree(Files.readAllBytes(Path.of("assets/cases/deep-gluteal-sitting-burn.json"))).get("exam")));
        HypothesisResult dgs = TestKnowledge.ENGINE.assess(exam).hypotheses().stream()
                .filter(h -> h.id().equals("deep_gluteal_syndrome")).findFirst().orElseThrow();
        assertTrue(dgs.capped(), "sanity: the case reaches the cap");
        assertFalse(dgs.setAside().isEmpty(), "sanity: some findings were not counted");
        open(robot, exam);
        assertTrue(robot.lookup("#hyp-deep_gluteal_syndrome-capped").query().isVisible(), "the capped figure is marked");
        WindowRobot.click(robot, robot.lookup("#hyp-deep_gluteal_syndrome-why").query());
        List<String> lines = robot.lookup("#hyp-deep_gluteal_syndrome-details .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        Pattern unmoved = Pattern.compile("more likely \\((\\d+%) → \\1\\)");
        assertTrue(lines.stream().noneMatch(l -> unmoved.matcher(l).find()), "no 'more likely' with no change: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("(already at the cap")), lines.toString());
        int cap = indexOf(lines, "Capped at ");
        int firstAtCap = indexOf(lines, "(already at the cap");
        assertTrue(cap >= 0 && cap < firstAtCap, "the cap is said where it bites, before the lines it holds: " + lines);
        List<String> aside = lines.stream().filter(l -> l.startsWith("Not counted: ")).toList();
        assertFalse(aside.isEmpty(), lines.toString());
        for (String line : aside) {
            assertTrue(line.contains(" — ") && (line.contains("cluster") || line.contains("family") || line.contains("set aside")),
                    "each line not counted gives its reason: " + line);
        }
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private void goToSummary(FxRobot robot) {
        new WindowRobot(robot, TestKnowledge.SHIPPED).go(Step.SUMMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
