package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.text.Describe;
import org.exampath.ui.exam.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the exam window the way a clinician would: scroll to a control, click it. */
final class WindowRobot {
    /**
     * The status line under the form, which says whether the last change was saved. Looked up on the FX thread, as the
     * other lookups here are: a lookup from the test thread walks the scene while a save's status update changes it.
     */
    static javafx.scene.control.Label saveStatus(FxRobot robot) {
        javafx.scene.control.Label[] found = new javafx.scene.control.Label[1];
        onFx(() -> found[0] = robot.lookup("#save-status").queryAs(javafx.scene.control.Label.class));
        return found[0];
    }

    /** Waits (up to 20 s) until the status line starts with {@code start}. */
    static void waitForSaveStatus(FxRobot robot, String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> saveStatus(robot).getText().startsWith(start));
    }

    private final FxRobot robot;
    private final KnowledgeBase kb;
    private Step step = Step.HISTORY;

    WindowRobot(FxRobot robot, KnowledgeBase kb) {
        this.robot = robot;
        this.kb = kb;
    }

    /**
     * The node with this id, once the window has built it (a step's page is built when it is first shown). Looked up
     * on the JavaFX thread, which may be adding rows to the very lists a lookup walks.
     */
    Node node(String id) {
        java.util.Optional<Node> now = lookUp(robot, id);
        if (now.isPresent()) {
            return now.get();
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookUp(robot, id).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no node #" + id, e);
        }
        Node node = lookUp(robot, id).orElse(null);
        assertNotNull(node, "no node #" + id);
        return node;
    }

    /** The node with this id, looked up on the JavaFX thread; empty when there is none yet. */
    private static java.util.Optional<Node> lookUp(FxRobot robot, String id) {
        @SuppressWarnings("unchecked")
        java.util.Optional<Node>[] found = new java.util.Optional[] {java.util.Optional.empty()};
        onFx(() -> found[0] = robot.lookup("#" + id).tryQuery());
        return found[0];
    }

    /** Scrolls the nearest scroll pane so the node is in view, as the user would with the wheel. */
    void scrollTo(Node node) {
        boolean[] moved = new boolean[1];
        onFx(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                scroll.applyCss();
                scroll.layout();
                Bounds inView = scroll.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                Bounds viewport = scroll.getViewportBounds();
                if (inView.getMinY() >= 0 && inView.getMaxY() <= viewport.getHeight()) {
                    return;
                }
                Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double free = scroll.getContent().getBoundsInLocal().getHeight() - viewport.getHeight();
                if (free > 0) {
                    // a margin above the node, but never so much that a short viewport (a standing flag leaves the
                    // panel's details little room at 700 high) pushes the node below its bottom edge
                    double margin = Math.max(0, Math.min(60, (viewport.getHeight() - b.getHeight()) / 2));
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - margin) / free)));
                    moved[0] = true;
                }
            }
        });
        if (moved[0]) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    void click(String id) {
        Node node = node(id);
        scrollTo(node);
        click(robot, node);
    }

    /**
     * A real click through the scene (picked by position, so a covered or off-screen control fails),
     * with the pointer put straight on the node's centre instead of gliding there step by step. The centre is
     * worked out on the JavaFX thread: a node's bounds are computed lazily into caches the pulse fills too (a body
     * chart region's polygon shares one path object), so computing them on the test thread while a pulse does the
     * same corrupts them, and the next pulse then throws on every frame.
     */
    static void click(FxRobot robot, Node node) {
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[1];
        onFx(() -> {
            // lay the scene out first: a banner or panel that grew with the last answer moves the node before the next pulse
            if (node.getScene() != null) {
                node.getScene().getRoot().applyCss();
                node.getScene().getRoot().layout();
            }
            at[0] = robot.point(node).query();
        });
        javafx.geometry.Point2D centre = at[0];
        failIfANotificationCovers(centre);
        var base = robot.robotContext().getBaseRobot();
        base.moveMouse(centre);
        base.pressMouse(javafx.scene.input.MouseButton.PRIMARY);
        base.releaseMouse(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Fails when a pop-up notification lies over {@code point}: a clinician cannot know it is there, so the click
     * would be lost (review finding 1). The helper never moves one out of the way, so such a bug cannot hide here.
     */
    private static void failIfANotificationCovers(javafx.geometry.Point2D point) {
        String[] covering = new String[1];
        onFx(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof javafx.stage.PopupWindow popup && popup.isShowing() && popup.getScene() != null
                        && popup.getScene().getRoot().lookup(".notification-bar") != null
                        && new javafx.geometry.Rectangle2D(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight()).contains(point)) {
                    covering[0] = "a pop-up notification at " + popup.getX() + "," + popup.getY() + " covers the click at " + point;
                }
            }
        });
        if (covering[0] != null) {
            throw new AssertionError(covering[0]);
        }
    }

    /** Runs on the FX thread and waits for it, without the extra settling rounds of FxRobot.interact. */
    static void onFx(Runnable work) {
        try {
            WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    void type(String id, String text) {
        click(id);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void go(Step target) {
        if (target != step) {
            click("step-" + target.name().toLowerCase());
            step = target;
        }
    }

    /** Enters a whole exam click by click: patient, side, then every finding on its step. */
    void enter(Exam exam) {
        if (exam.patient().age() != null) {
            type("patient-age", exam.patient().age().toString());
        }
        if (exam.patient().sex() != null) {
            click("sex-" + exam.patient().sex().id());
        }
        if (exam.side() != null) {
            click("side-" + exam.side().id());
        }
        for (Map.Entry<String, FindingValue> finding : exam.findings().entrySet()) {
            FindingDefinition d = kb.finding(finding.getKey()).orElseThrow();
            go(Step.of(d.step()));
            enter(d, finding.getValue(), exam.side());
        }
    }

    private void enter(FindingDefinition d, FindingValue value, Side side) {
        String id = Describe.nodeId(d.id());
        if (d.group().equals("region") && FindingValue.Flag.YES.equals(value)) {
            String region = d.id().substring("history.region.".length());
            String chartSide = "low_back".equals(region) ? "both" : side == Side.LEFT ? "left" : "right";
            click("chart-" + region + "-" + chartSide);
        } else if (value instanceof FindingValue.Flag flag) {
            click(id + (flag.value() ? "-yes" : "-no"));
        } else if (value instanceof FindingValue.Choice choice) {
            click(id + "-" + choice.value());
        } else if (value instanceof FindingValue.Count count) {
            type(id, Integer.toString(count.value()));
        } else if (value instanceof FindingValue.Strength strength) {
            click(id + "-grade-" + strength.grade());
            click(id + "-pain-" + strength.pain());
        }
    }

    /** Shown and laid out inside its window, as a click needs it (a dialog just opened may not be yet). */
    static boolean clickable(org.testfx.api.FxRobot robot, String query) {
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }
}
