package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About ExamPath names the build and the knowledge base the window reasons with, and what that base holds. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    static Path dir;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(folder.resolve("about.db"))));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void aboutNamesTheBuildAndTheKnowledgeBaseWithWhatItHolds(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals("_Help", bar.getMenus().get(bar.getMenus().size() - 1).getText(), "Help is the last menu, as on every desktop");
        // the dialog runs its own event loop, so the item is fired outside the robot's wait
        Platform.runLater(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        String text = robot.lookup("#about-text").queryAs(Label.class).getText();
        assertTrue(pane.getHeaderText().startsWith("ExamPath "), pane.getHeaderText());
        var kb = TestKnowledge.SHIPPED;
        assertTrue(text.contains("Knowledge base " + kb.version() + ": " + kb.hypotheses().size() + " hypotheses, "
                + kb.findings().size() + " findings, " + kb.rows().size() + " likelihood ratios and " + kb.redFlags().size() + " red flags."), text);
        assertTrue(text.contains(kb.citations().size() + " sources"), text);
        assertTrue(text.contains("no probability can outweigh"), text);
        WindowRobot.onFx(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isEmpty());
    }
}
