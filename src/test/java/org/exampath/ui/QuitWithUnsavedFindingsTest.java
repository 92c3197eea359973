package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * The disk is full: a change is "NOT SAVED", and no recovery copy could be written either (the copy goes to the same full
 * disk; here the recovery folder cannot be made). The status line says the entries are on screen only, and File → Quit
 * asks first: keep the window open (the default), save the exam as a file elsewhere, or quit and lose it.
 */
@ExtendWith(ApplicationExtension.class)
class QuitWithUnsavedFindingsTest {
    @TempDir
    Path dir;
    private Path file;
    /** Where "Save as an exam file…" writes (another drive, a USB stick). */
    private Path elsewhere;
    private Stage stage;
    private ExamWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("exampath.db");
        // where the copies would go cannot hold them, as on a full disk (a plain file stands where the folder would be)
        Files.writeString(dir.resolve("recovery"), "not a folder");
        WindowStores stores = new WindowStores(Map.of(), dir, Clock.systemUTC());
        elsewhere = Files.createDirectories(dir.resolve("usb-stick")).resolve("exam.json");
        ExamFiles files = new ExamFiles() {
            @Override
            public java.util.Optional<Path> chooseOpen(javafx.stage.Window owner) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseSave(javafx.stage.Window owner) {
                return java.util.Optional.of(elsewhere);
            }

            @Override
            public java.util.Optional<Path> chooseNote(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.empty();
            }
        };
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, files);
        window.show(stores.sqlite(Database.open(file)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide);
        });
        window.close();
    }

    /** Records saddle anaesthesia "yes" while the store refuses every finding, as a full disk does; returns the status line. */
    private String failASaveWithNoCopy(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Disk full patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        window.model().autosave().retryEvery(java.time.Duration.ofMillis(200));
        sql("CREATE TRIGGER full_i BEFORE INSERT ON finding BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        sql("CREATE TRIGGER full_u BEFORE UPDATE ON finding BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        form.click("f-redflag-saddle_anaesthesia-yes");
        WindowRobot.waitForSaveStatus(robot, "NOT SAVED");
        return WindowRobot.saveStatus(robot).getText();
    }

    /** File → Quit, then waits for the window to close or a question to show. */
    private void quit(FxRobot robot) throws Exception {
        javafx.application.Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing() || !robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quittingWhileAFindingIsNeitherSavedNorCopiedAsksFirst(FxRobot robot) throws Exception {
        String status = failASaveWithNoCopy(robot);
        assertTrue(status.contains("on screen only"), "the status line must not suggest a copy is kept: " + status);

        quit(robot);
        assertTrue(stage.isShowing(), "File > Quit closed the window without a word while the saddle anaesthesia answer was "
                + "neither stored nor copied to disk (status: \"" + status
                + "\"); it is lost, though the status line said the entries are kept");
        String question = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(question.contains("they are lost"), "the question says the entries would be lost: " + question);
        robot.clickOn("#quit-keep-exam");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Keep the window open closed it");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "the question stays up after Keep the window open");
    }

    @Test
    void savingTheExamAsAFileElsewhereLetsTheWindowClose(FxRobot robot) throws Exception {
        failASaveWithNoCopy(robot);
        quit(robot);
        assertTrue(stage.isShowing(), "the window closed without asking");
        robot.clickOn("#quit-save-exam-file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        String saved = Files.readString(elsewhere);
        assertTrue(saved.contains("saddle_anaesthesia") && saved.contains("Disk full patient"),
                "the exam file saved elsewhere holds the answer not stored: " + saved);
    }

    @Test
    void quitAndLoseItClosesTheWindow(FxRobot robot) throws Exception {
        failASaveWithNoCopy(robot);
        quit(robot);
        robot.clickOn("#quit-lose-exam");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(!stage.isShowing(), "Quit and lose it left the window open");
    }

    @Test
    void withARecoveryCopyOnDiskTheQuestionSaysSo(FxRobot robot) throws Exception {
        Files.delete(dir.resolve("recovery")); // the copies can be written this time
        String status = failASaveWithNoCopy(robot);
        assertTrue(status.contains("in a recovery copy"), status);
        quit(robot);
        assertTrue(stage.isShowing(), "the window closed without asking while a change waits for its retry");
        String question = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(question.contains("A recovery copy is on this computer"), question);
        assertTrue(robot.lookup("#quit-lose-exam").queryButton().getText().contains("use the copy later"),
                robot.lookup("#quit-lose-exam").queryButton().getText());
        robot.clickOn("#quit-keep-exam");
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
