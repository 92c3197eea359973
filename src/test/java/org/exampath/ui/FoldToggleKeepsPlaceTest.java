package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.Exams;
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
 * A keyboard user who unfolds part of the hypothesis panel with Space keeps the place: a flag's "more" that the
 * opened flag pushes down, and a hypothesis's "why?" whose reasons open under it, stay in the view of the scroll
 * they lie in, with the start of what they showed.
 */
@ExtendWith(ApplicationExtension.class)
class FoldToggleKeepsPlaceTest {
    /** Saddle numbness and a bladder change beside cancer, weight loss, fever, injecting, steroids, trauma and weakness. */
    private static final Exam EMERGENCY_AND_FOUR = Exams.of().patient(72, Sex.FEMALE).yes("history.region.deep_mid_buttock",
            "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.cancer_history",
            "redflag.unexplained_weight_loss", "redflag.fever_or_unwell", "redflag.iv_drug_use", "redflag.osteoporosis_or_steroids",
            "redflag.major_trauma", "redflag.progressive_weakness").exam();
    /** Cancer and weight loss: one urgent flag above the working diagnosis. */
    private static final Exam ONE_URGENT = Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.cancer_history",
            "redflag.unexplained_weight_loss").exam();

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

    private void open(FxRobot robot, double width, double height, Exam exam) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), width, height, exam);
    }

    @Test
    void aFlagsMoreOpenedWithSpaceAtTheViewsFootStaysInViewWithWhatRaisedTheFlag(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR);
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        List<Hyperlink> folded = robot.lookup("#red-flag-banner .flag-more").queryAllAs(Hyperlink.class).stream()
                .filter(m -> m.getText().startsWith("more")).sorted(Comparator.comparingDouble(m -> bounds(m).getMinY())).toList();
        assertTrue(folded.size() >= 2, "sanity: folded flags stand, each with its more: " + folded.size());
        Hyperlink more = folded.get(folded.size() - 1);
        // every folded flag above it opened whole (from the bottom up), so that the panel is long
        for (int i = folded.size() - 2; i >= 0; i--) {
            WindowRobot.click(robot, folded.get(i));
        }
        // the panel scrolled (as with the wheel) so that the last flag's "more" sits at the view's foot
        footAt(robot, whole, more);
        assertTrue(whole.getVvalue() > 0 && whole.getVvalue() < 1, "sanity: the panel is scrolled part way: " + whole.getVvalue());
        assertTrue(inView(whole, more), "sanity: the link is in view before it is opened");
        robot.interact(more::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("less", more.getText(), "Space opened the flag");
        assertTrue(more.isFocused(), "the link keeps the focus");
        assertTrue(inView(whole, more), "the link " + bounds(more) + " lies in the panel's view " + view(whole));
        Node cause = more.getParent().getParent().getParent().lookup(".red-flag-why");
        assertTrue(cause.isVisible(), "what raised the flag is shown");
        assertTrue(inView(whole, cause), "what raised the flag " + bounds(cause) + " lies in the panel's view " + view(whole));
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("more…", more.getText(), "Space folded the flag again");
        assertTrue(inView(whole, more), "folded again, the link " + bounds(more) + " lies in the panel's view " + view(whole));
    }

    @Test
    void aWhyOpenedWithSpaceAtTheDetailsFootShowsItsFirstReasonInView(FxRobot robot) {
        open(robot, 1024, 700, ONE_URGENT);
        ScrollPane details = robot.lookup("#panel-scroll").queryAs(ScrollPane.class);
        // the first "why?" below the details' view as the window opens, brought to the foot of the view
        ToggleButton why = robot.lookup("#panel-scroll .why-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(w -> bounds(w).getMaxY() > view(details).getMaxY())
                .min(Comparator.comparingDouble(w -> bounds(w).getMinY())).orElseThrow();
        String id = why.getId().replace("-why", "-details");
        footAt(robot, details, why);
        assertTrue(details.getVvalue() > 0 && details.getVvalue() < 1, "sanity: the details are scrolled part way: " + details.getVvalue());
        assertTrue(inView(details, why), "sanity: the toggle is in view before it is opened");
        robot.interact(why::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(why.isSelected(), "Space opened the reasons");
        assertTrue(inView(details, why), "the toggle " + bounds(why) + " lies in the details' view " + view(details));
        Node first = robot.lookup("#" + id).queryParent().getChildrenUnmodifiable().get(0);
        Bounds line = bounds(first);
        Bounds shown = view(details);
        assertTrue(line.getMinY() >= shown.getMinY() - 0.5 && line.getMaxY() <= shown.getMaxY() + 0.5,
                "the first reason " + line + " lies in the details' view " + shown);
    }

    /** Scrolls {@code scroll} (as with the wheel) so that {@code node}'s foot sits just above its view's foot. */
    private static void footAt(FxRobot robot, ScrollPane scroll, Node node) {
        robot.interact(() -> {
            Node content = scroll.getContent();
            double view = scroll.getViewportBounds().getHeight();
            double free = content.getLayoutBounds().getHeight() - view;
            double foot = content.sceneToLocal(bounds(node)).getMaxY();
            scroll.setVvalue(Math.max(0, Math.min(1, (foot + 2 - view) / free)));
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds view = view(scroll);
        Bounds b = bounds(node);
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static Bounds view(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
