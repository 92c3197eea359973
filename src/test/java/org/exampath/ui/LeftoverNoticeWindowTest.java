package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.css.PseudoClass;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up notice of leftover recovery copies, through the window: the folder is read off the JavaFX
 * thread, so the window comes up and answers while the read waits, and the notice appears once it is done.
 */
@ExtendWith(ApplicationExtension.class)
class LeftoverNoticeWindowTest {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    @TempDir
    Path dir;

    private final CountDownLatch folderReadMayStart = new CountDownLatch(1);
    private Path folder;
    private Database db;
    private Autosave autosave;

    /** A copy an earlier session left, written as the app writes one (no side file: it is offered in any database). */
    private static void copyLeft(Path file) throws Exception {
        Exam exam = Exam.empty().with("nerve.slr", new FindingValue.Choice("negative"));
        Files.write(file, new ExamWriter().write(exam));
    }

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createDirectories(dir.resolve("recovery"));
        copyLeft(folder.resolve("unsaved-0-1-1.json"));
        db = Database.open(dir.resolve("exampath.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        // the autosave queue held, as behind a slow disk: whatever reads the folder there waits until the test lets it go
        autosave.runInBackground(() -> {
            try {
                folderReadMayStart.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        autosave.keepRecoveryIn(new RecoveryFiles(folder)); // on the JavaFX thread, as the window does
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        folderReadMayStart.countDown();
        autosave.shutdown();
        db.close();
    }

    @Test
    void theFolderIsReadOffTheJavaFxThreadAndTheNoticeThenAppearsOnTheStatusLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#patient-label").tryQuery().isPresent(), "the window is up");
        assertEquals("", WindowRobot.saveStatus(robot).getText(), "nothing read yet, and the window is not held for it");
        assertFalse(WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED));

        // a copy added after keepRecoveryIn returned on the JavaFX thread is counted: the folder was read later, off it
        copyLeft(folder.resolve("unsaved-0-1-2.json"));
        folderReadMayStart.countDown();
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("WARNING: 2 unsaved changes were kept from an earlier session in " + folder + "; open them with File > Open exam"
                + " to review and save them.", WindowRobot.saveStatus(robot).getText());
        assertTrue(WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED), "shown as a warning");
        assertTrue(Files.exists(folder.resolve("unsaved-0-1-1.json")) && Files.exists(folder.resolve("unsaved-0-1-2.json")),
                "the copies stay for the clinician to open");
    }
}
