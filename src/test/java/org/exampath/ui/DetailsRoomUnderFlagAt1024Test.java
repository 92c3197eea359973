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
 * so there the figure is a floor the layout must not fall under, not a need.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsRoomUnderFlagAt1024Test {
    /** The least height of the details' view, in the window, as it opens. */
    private static final double USABLE = 200;
    /** Fever in a man on immunosuppressants: the urgent infection flag, whose action is the longest of the urgent ones. */
    private static final Exam URGENT = Exams.of().patient(40, Sex.MALE)
            .yes("history.region.deep_mid_buttock", "redflag.fever_or_unwell", "redflag.immunosuppressed").exam();
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
        assertBannerInViewAndDetailsRoom(robot);
    }

    @Test
    void anEmergencyStaysWholeInViewAndTheDetailsKeepRoomAt1024x700(FxRobot robot) {
        assertFlags(EMERGENCY, List.of("cauda_equina:EMERGENCY"));
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, EMERGENCY);
        assertBannerInViewAndDetailsRoom(robot);
    }

    @Test
    void anUrgentFlagStaysWholeInViewAndTheDetailsKeepRoomAt1366x800(FxRobot robot) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1366, 800, URGENT);
        assertBannerInViewAndDetailsRoom(robot);
    }

    /** Sanity: the exam raises these flags and no other. */
    private static void assertFlags(Exam exam, List<String> expected) {
        List<String> raised = TestKnowledge.ENGINE.assess(exam).redFlags().stream().map(f -> f.id() + ":" + f.level()).toList();
        assertEquals(expected, raised);
    }

    /**
     * The panel is not scrolled, every shown line, field and link of the banner lies wholly in the panel's view, and
     * the details' view shows at least {@link #USABLE} pixels of it.
     */
    private void assertBannerInViewAndDetailsRoom(FxRobot robot) {
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
        assertEquals(List.of(), hidden, "banner lines outside the panel's view (" + Math.round(panel.getMinY()) + "–" + Math.round(panel.getMaxY()) + ")");
        Bounds details = bounds(robot.lookup("#panel-scroll").query().lookup(".viewport"));
        double shown = Math.min(details.getMaxY(), panel.getMaxY()) - Math.max(details.getMinY(), panel.getMinY());
        assertTrue(shown >= USABLE, "the details show " + Math.round(shown) + " px (" + Math.round(details.getMinY()) + "–"
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
