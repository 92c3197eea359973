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
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.persistence.SettingsStore;
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

/**
 * Through the window on a SQLite file: File > Restore the last backup says what it takes away (encounters changed
 * since the backup) and what it keeps (the audit, red-flag actions, and the name and clinic in Settings), and after it
 * the settings are still those of whoever uses the computer now, not those of the backup's time.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreKeepsSettingsWindowTest {
    @TempDir
    static Path dir;
    private ExamWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        file = folder.resolve("exampath.db");
        try (Database db = Database.open(file)) {
            // Ben used this computer last: the window's start takes the rolling backup with his name in it
            new SettingsStore(db).save(new SettingsStore.Settings("ben", "North")).join();
        }
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(file)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    private static void fireMenu(String id, FxRobot robot) {
        Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    @Test
    void aRestoreSaysWhatItKeepsAndKeepsTheNameInSettings(FxRobot robot) throws Exception {
        Path backup = file.resolveSibling("exampath.db.bak");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(backup));
        robot.interact(() -> assertTrue(window.model().saveSettings("anna", "North")));

        fireMenu("menu-restore", robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, ".dialog-pane"));
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(asked.getContentText().contains("encounters entered or changed since then are lost")
                && asked.getContentText().contains("clinician and clinic in Settings"), asked.getContentText());
        robot.interact(() -> ((javafx.scene.control.Button) asked.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> String.valueOf(window.model().autosave().statusProperty().get()).startsWith("Restored the last backup"));
        WindowRobot.onFx(window::close);

        // the next start on this computer works in the name entered here, whatever the backup's file held
        org.exampath.ui.exam.OpenedStore next = new WindowStores(Map.of(), file.getParent(), Clock.systemUTC()).sqlite(Database.open(file));
        java.util.concurrent.atomic.AtomicReference<String> name = new java.util.concurrent.atomic.AtomicReference<>();
        WindowRobot.onFx(() -> name.set(next.model(new ExamSession(TestKnowledge.ENGINE)).clinicianProperty().get()));
        next.close();
        assertEquals("anna", name.get(), "after the restore the next start would work in the backup's name");
    }
}
