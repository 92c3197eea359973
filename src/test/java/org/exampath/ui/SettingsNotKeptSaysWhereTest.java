package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/**
 * On an SQLite file the clinician's name and clinic live in a small file on this computer, not in the database: when
 * that file cannot be written, the window's error line says the settings were not kept on this computer, and why.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsNotKeptSaysWhereTest {
    @TempDir
    static Path dir;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        // where this computer's settings file goes stands a folder with a file in it: the file cannot be written
        Files.writeString(Files.createDirectories(folder.resolve("settings")).resolve("keep.txt"), "mine");
        WindowStores stores = new WindowStores(Map.of(), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
        window.show(stores.sqlite(Database.open(folder.resolve("exampath.db"))));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void aNameThatCannotBeKeptSaysItWasNotKeptOnThisComputer(FxRobot robot) throws Exception {
        robot.interact(() -> assertTrue(window.model().saveSettings("anna", "North")));
        Label error = robot.lookup("#error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        String shown = error.getText();
        assertTrue(shown.startsWith("Settings not kept on this computer: the settings file "), shown);
        assertTrue(shown.contains("settings could not be written"), shown);
        assertFalse(shown.contains("database"), shown);
        assertEquals(shown, window.model().errorProperty().get());
    }
}
