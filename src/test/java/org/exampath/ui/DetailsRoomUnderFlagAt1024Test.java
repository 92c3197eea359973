package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Room for the hypotheses under a standing flag on a small laptop. As the window opens with an urgent flag (or an
 * emergency) every line of the red-flag banner lies in the panel's view, the panel not scrolled, and the details below
 * show at least {@link #USABLE} pixels. That figure is the working diagnosis's title and its top three rows at 1024
 * wide (a row is about 50 px, one whose name wraps about 65, the title about 30): the three the clinician weighs, read
 * without scrolling a box inside the panel. Under an emergency the details hold only the note that they are held back,
 * so there the figure is a floor the layout must not fall under, not a need. Under two urgent flags at 1024x700 the list
 * gives way further: {@link #USABLE_UNDER_TWO}, no flag's text cut short, the NEW mark of the one just raised included.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsRoomUnderFlagAt1024Test {
    /** The least height of the details' view, in the window, as it opens. */
    private static final double USABLE = 200;
    /** Fever in a man on immunosuppressants: the urgent infection flag, whose action is the longest of the urgent ones. */
    private static final Exam URGENT = Exams.of().patient(40, Sex.MALE)
            .yes("history.region.deep_mid_buttock", "redflag.fever_or_unwell", "redflag.immunosuppressed").exam();
    /**
     * The least height of the details' view under two urgent flags at 1024x700, the second just raised (so marked new):
     * the working diagnosis's title and its leading row whole, the next begun (the list gives way to the flags, whose
     * actions are read whole). The banner had 125 px left under it when its NEW mark sat beside the flag's text.
     */
    private static final double USABLE_UNDER_TWO = 150;
    /** Saddle numbness with a new bladder change: the cauda equina emergency. */
    private static final Exam EMERGENCY = Exams.of().patient(47, Sex.MALE)
            .yes("history.region.deep_mid_buttock", "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change").exam();

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

    @Test
    void anUrgentFlagStaysWholeInViewAndTheDetailsKeepRoomAt1024x700(FxRobot robot) {
        assertFlags(URGENT, List.of("infection:URGENT"));
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, URGENT);
        assertBannerInViewAndDetailsRoom(robot, USABLE);
    }

    @Test
    void anEmergencyStaysWholeInViewAndTheDetailsKeepRoomAt1024x700(FxRobot robot) {
        assertFlags(EMERGENCY, List.of("cauda_equina:EMERGENCY"));
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, EMERGENCY);
        assertBannerInViewAndDetailsRoom(robot, USABLE);
    }

    /**
     * Fever in a man on immunosuppressants, then a history of cancer answered: two urgent flags (infection, whose action
     * is the longest of the urgent ones, and malignancy, marked new). Both stay whole in view and the details keep room.
     */
    @Test
    void twoUrgentFlagsStayWholeInViewAndTheDetailsKeepRoomAt1024x700(FxRobot robot) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, URGENT);
        window.answer(robot, "redflag.cancer_history", FindingValue.Flag.YES);
        assertFlags(window.exam(robot), List.of("infection:URGENT", "malignancy:URGENT"));
        assertTrue(robot.lookup("#red-flag-new-malignancy").tryQuery().isPresent(), "sanity: the flag just raised is marked new");
        assertBannerInViewAndDetailsRoom(robot, USABLE_UNDER_TWO);
    }

    @Test
    void twoUrgentFlagsStayWholeInViewAndTheDetailsKeepRoomAt1366x800(FxRobot robot) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1366, 800, URGENT);
        window.answer(robot, "redflag.cancer_history", FindingValue.Flag.YES);
        assertBannerInViewAndDetailsRoom(robot, USABLE);
    }

    @Test
    void anUrgentFlagStaysWholeInViewAndTheDetailsKeepRoomAt1366x800(FxRobot robot) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1366, 800, URGENT);
        assertBannerInViewAndDetailsRoom(robot, USABLE);
    }

    /** Sanity: the exam raises these flags and no other. */
    private static void assertFlags(Exam exam, List<String> expected) {
        List<String> raised = TestKnowledge.ENGINE.assess(exam).redFlags().stream().map(f -> f.id() + ":" + f.level()).toList();
        assertEquals(expected, raised);
    }

    /**
     * The panel is not scrolled, every shown line, field and link of the banner lies wholly in the panel's view, and
     * the details' view shows at least {@code least} pixels of it.
     */
    private void assertBannerInViewAndDetailsRoom(FxRobot robot, double least) {
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        Bounds panel = bounds(whole.lookup(".viewport"));
        assertTrue(panel.getMaxY() <= window.stage().getScene().getHeight() + 0.5, "sanity: the panel's view ends in the window");
        assertEquals(0, whole.getVvalue(), 0.001, "the panel is not scrolled");
        List<String> hidden = new ArrayList<>();
        for (Node n : bannerLines(robot)) {
            Bounds b = bounds(n);
            if (b.getMinY() < panel.getMinY() - 0.5 || b.getMaxY() > panel.getMaxY() + 0.5) {
                hidden.add((n instanceof javafx.scene.control.Labeled l ? "\"" + l.getText() + "\"" : "#" + n.getId()) + " " + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxY()));
            }
        }
        List<String> cut = robot.lookup("#red-flag-banner .red-flag").queryAll().stream().map(n -> shownText((javafx.scene.control.Label) n))
                .filter(t -> t.replace("\n", " ").stripTrailing().endsWith("...")).toList();
        assertEquals(List.of(), cut, "a flag's text cut short");
        assertEquals(List.of(), hidden, "banner lines outside the panel's view (" + Math.round(panel.getMinY()) + "–" + Math.round(panel.getMaxY()) + ")");
        Bounds details = bounds(robot.lookup("#panel-scroll").query().lookup(".viewport"));
        double shown = Math.min(details.getMaxY(), panel.getMaxY()) - Math.max(details.getMinY(), panel.getMinY());
        assertTrue(shown >= least, "the details show " + Math.round(shown) + " px (" + Math.round(details.getMinY()) + "–"
                + Math.round(details.getMaxY()) + " in a view of " + Math.round(panel.getMinY()) + "–" + Math.round(panel.getMaxY()) + ")");
    }

    /** The banner's shown labels, fields and links, each flag's text among them. */
    private static List<Node> bannerLines(FxRobot robot) {
        List<Node> lines = new ArrayList<>(robot.lookup("#red-flag-banner .label").queryAll());
        lines.addAll(robot.lookup("#red-flag-banner .text-field").queryAll());
        lines.addAll(robot.lookup("#red-flag-banner .hyperlink").queryAll());
        List<Node> shown = lines.stream().filter(DetailsRoomUnderFlagAt1024Test::isShown).toList();
        assertTrue(shown.stream().anyMatch(n -> n.getStyleClass().contains("red-flag")), "sanity: a flag's text is among them");
        return shown;
    }

    /** The text the label draws (cut with "..." where it has no room). */
    private static String shownText(javafx.scene.control.Label label) {
        return label.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
