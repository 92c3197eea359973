package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The form at the smallest supported window (1024×700) and on a large screen (2560×1440): on every
 * step each answer control lies fully inside the visible width, no label is cut to an ellipsis, and
 * on the large screen each label sits close to its answers.
 */
@ExtendWith(ApplicationExtension.class)
class FormLayoutTest {
    private Stage stage;
    private ExamViewModel model;

    @Start
    void start(Stage primary) {
        // each test opens its own window at its size: a shown window is never resized under the renderer
    }

    /** A new window opened at the given size (not resized after showing). */
    private void open(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            model = new ExamViewModel(new ExamSession(TestKnowledge.ENGINE));
            stage = new Stage();
            stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    @Test
    void everyAnswerFitsAndNoLabelIsCutAt1024x700(FxRobot robot) {
        checkEveryStep(robot, 1024, 700);
    }

    @Test
    void everyAnswerFitsAndLabelsStayBesideTheirAnswersAt2560x1440(FxRobot robot) {
        checkEveryStep(robot, 2560, 1440);
        robot.interact(() -> model.go(Step.NERVE));
        WaitForAsyncUtils.waitForFxEvents();
        Node page = robot.lookup("#page-nerve").query();
        Node label = robot.lookup("#f-nerve-slump-row .finding-label").query();
        Node answer = robot.lookup("#f-nerve-slump-positive").query();
        double gap = answer.localToScene(answer.getBoundsInLocal()).getMinX() - label.localToScene(label.getBoundsInLocal()).getMinX();
        assertTrue(gap < 420, "the answers sit " + gap + " px from the start of their label");
        Bounds pageBounds = page.localToScene(page.getBoundsInLocal());
        assertTrue(answer.localToScene(answer.getBoundsInLocal()).getMinX() < pageBounds.getMinX() + pageBounds.getWidth() / 2,
                "on a wide screen the form uses more than one column");
    }

    @Test
    void everyCatalogueFindingHasARowAndTheSijTestsHaveTheirOwnSection(FxRobot robot) {
        open(robot, 1366, 800);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Step step : Step.values()) {
            robot.interact(() -> model.go(step));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane page = robot.lookup("#page-" + step.name().toLowerCase()).queryAs(ScrollPane.class);
            for (Node n : all(page.getContent())) {
                if (n.getId() != null) {
                    ids.add(n.getId());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (org.exampath.knowledge.FindingDefinition d : TestKnowledge.SHIPPED.findings().values()) {
            String prefix = "f-" + d.id().replace('.', '-');
            if (!d.pseudo() && ids.stream().noneMatch(id -> id.startsWith(prefix))) {
                missing.add(d.id());
            }
        }
        assertTrue(missing.isEmpty(), "findings with no control on the form: " + missing);
        robot.interact(() -> model.go(Step.NERVE));
        WaitForAsyncUtils.waitForFxEvents();
        Node sij = robot.lookup("#page-nerve .form-section.sij").query();
        for (String test : List.of("sij_cluster_positive", "sij_distraction", "sij_thigh_thrust", "sij_compression", "sij_sacral_thrust",
                "sij_gaenslen")) {
            assertTrue(robot.from(sij).lookup("#f-provocation-" + test + "-row").tryQuery().isPresent(), test + " sits in the SIJ section");
        }
        Node other = robot.lookup("#page-nerve .form-section.provocation").query();
        assertTrue(robot.from(other).lookup("#f-provocation-sij_distraction-row").tryQuery().isEmpty(), "and not among the other tests");
    }

    private void checkEveryStep(FxRobot robot, double width, double height) {
        open(robot, width, height);
        List<String> problems = new ArrayList<>();
        for (Step step : Step.values()) {
            robot.interact(() -> model.go(step));
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane page = robot.lookup("#page-" + step.name().toLowerCase()).queryAs(ScrollPane.class);
            robot.interact(() -> {
                page.applyCss();
                page.layout();
            });
            Bounds viewport = page.localToScene(page.getBoundsInLocal());
            double right = viewport.getMinX() + page.getViewportBounds().getWidth();
            if (page.getContent().getLayoutBounds().getWidth() > page.getViewportBounds().getWidth() + 0.5) {
                problems.add(step + ": the form is wider than its page (a horizontal scroll bar)");
            }
            for (Node n : all(page.getContent())) {
                if (!showing(n)) {
                    continue;
                }
                if (n instanceof ToggleButton || n instanceof TextField) {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    if (b.getMinX() < viewport.getMinX() - 0.5 || b.getMaxX() > right + 0.5) {
                        problems.add(step + ": #" + n.getId() + " reaches " + Math.round(b.getMaxX()) + " beyond " + Math.round(right));
                    }
                }
                if (n instanceof Labeled labeled && truncated(labeled)) {
                    problems.add(step + ": \"" + labeled.getText() + "\" is shown as \"" + shown(labeled) + "\"");
                }
            }
        }
        for (Node n : all(robot.lookup("#patient-header").query())) {
            if (n instanceof Labeled labeled && showing(n) && truncated(labeled)) {
                problems.add("header: \"" + labeled.getText() + "\" is cut");
            }
        }
        assertTrue(problems.isEmpty(), width + "x" + height + ":\n" + String.join("\n", problems));
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What the skin draws: the full text, or a shortened one ending in an ellipsis. */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static boolean truncated(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        String full = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        return !shown(labeled).equals(full) && !shown(labeled).equals(text);
    }

    private static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
