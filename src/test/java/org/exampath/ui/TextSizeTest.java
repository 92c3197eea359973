package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.TextSize;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
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
 * View → text size: the whole window and every window opened after it read at the size chosen, and at the largest
 * size no step of the exam scrolls sideways in the smallest window, 1024x700 (a body chart moves above its questions).
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {
    @TempDir
    static Path dir;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(folder.resolve("text.db"))));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(() -> TextSize.chosen().set(TextSize.NORMAL));
        WindowRobot.onFx(window::close);
    }

    @Test
    void theChosenSizeDressesTheWindowAndEveryWindowOpenedAfter(FxRobot robot) throws Exception {
        Label question = (Label) robot.lookup(".finding-label").query();
        assertEquals(13, fontSize(question), "the stylesheet's size to start with");
        fire(robot, "menu-text-largest");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, fontSize(question), "the form's text follows the choice at once");
        assertTrue(((RadioMenuItem) item(robot, "menu-text-largest")).isSelected(), "the menu ticks the size in use");
        Platform.runLater(() -> item(robot, "menu-about").fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#about-text").tryQuery().isPresent());
        assertEquals(16, fontSize(robot.lookup("#about-text").queryAs(Label.class)), "a dialog opened later reads at it too");
        DialogPane pane = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        WindowRobot.onFx(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        fire(robot, "menu-text-normal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(13, fontSize(question), "back to the usual size");
    }

    @Test
    void atTheLargestSizeNoStepScrollsSidewaysAt1024(FxRobot robot) {
        fire(robot, "menu-text-largest");
        WindowRobot steps = new WindowRobot(robot, TestKnowledge.SHIPPED);
        List<String> sideways = new ArrayList<>();
        for (Step step : Step.values()) {
            steps.go(step);
            ScrollPane page = (ScrollPane) steps.node("page-" + step.name().toLowerCase());
            WaitForAsyncUtils.waitForFxEvents();
            WindowRobot.onFx(() -> {
                page.applyCss();
                page.layout();
                boolean bar = page.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                        && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
                if (bar) {
                    sideways.add(step + " (viewport " + page.getViewportBounds().getWidth() + "; widest: " + widest(page.getContent()) + ")");
                }
            });
        }
        assertEquals(List.of(), sideways, "no step scrolls sideways at 16 px in 1024x700");
    }

    /** The node deepest in {@code root} whose minimum width is the largest, to name what forces a sideways scroll. */
    private static String widest(Node root) {
        Node best = root;
        double most = -1;
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (n instanceof Region r && r.minWidth(-1) >= most && n != root) {
                most = r.minWidth(-1);
                best = n;
            }
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return best.getClass().getSimpleName() + "#" + best.getId() + " " + best.getStyleClass() + " min " + most;
    }

    private static double fontSize(Label label) {
        double[] size = new double[1];
        WindowRobot.onFx(() -> size[0] = label.getFont().getSize());
        return size[0];
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static void fire(FxRobot robot, String id) {
        MenuItem item = item(robot, id);
        WindowRobot.onFx(item::fire);
    }
}
