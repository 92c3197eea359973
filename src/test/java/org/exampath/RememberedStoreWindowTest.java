package org.exampath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.OpenedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The store used last, reopened as the window starts: it is tried off the JavaFX thread while the window
 * says it is connecting, and a clinic server that is down is asked about over the window (real stores: a
 * port nothing listens on, a port that takes the connection and never answers, real SQLite files).
 */
@ExtendWith(ApplicationExtension.class)
class RememberedStoreWindowTest {
    @TempDir
    static Path dir;
    private Path folder;
    private Path usualFile;
    private Stage stage;
    private WindowStores stores;
    private ExamWindow window;
    private final AtomicInteger attempts = new AtomicInteger();
    /** Holds the first attempt until the test has looked at the window; later attempts pass. */
    private final CountDownLatch gate = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        usualFile = folder.resolve("usual.db");
        stores = new WindowStores(Map.of("PGUSER", "anna", "PGPASSWORD", "not-used"), folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, ExamFiles.chooser());
    }

    @AfterEach
    void tidy() {
        gate.countDown();
        window.close();
    }

    private String header = RememberedStore.LAST_USED;

    private RememberedStore remembered() {
        return new RememberedStore(address -> {
            attempts.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return stores.open(address);
        }, reason -> RememberedStore.askOver(stage, header, reason));
    }

    private Supplier<Optional<OpenedStore>> usual() {
        return () -> Optional.of(stores.sqlite(Database.open(usualFile)));
    }

    private CompletableFuture<Optional<ExamViewModel>> reopen(FxRobot robot, String address) {
        AtomicReference<CompletableFuture<Optional<ExamViewModel>>> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(remembered().reopenIn(window, address, usual()));
            stage.show(); // as the app does: the connecting state is the window's first scene
        });
        return shown.get();
    }

    @Test
    void aServerThatIsDownIsTriedWhileTheWindowSaysItIsConnectingThenAskedAboutUntilTheUserTakesThisComputersDatabase(
            FxRobot robot) throws Exception {
        String server = refusingServer();
        CompletableFuture<Optional<ExamViewModel>> shown = reopen(robot, server);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> attempts.get() == 1);
        assertFalse(shown.isDone(), "the JavaFX thread came back while the server is still being tried");
        assertEquals("Connecting to " + server + "…", robot.lookup("#connecting").queryAs(Label.class).getText());
        assertEquals("ExamPath — connecting to " + server, WaitForAsyncUtils.asyncFx(stage::getTitle).get(10, TimeUnit.SECONDS),
                "the window answers while it connects");

        gate.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> clickable(robot, "#server-try-again"));
        String question = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(question.contains("127.0.0.1"), "the reason names the server: " + question);
        assertEquals(RememberedStore.LAST_USED, robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText());
        assertTrue(robot.lookup("#connecting").tryQuery().isPresent(), "asked over the connecting window");
        robot.clickOn("#server-try-again");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> attempts.get() == 2
                && clickable(robot, "#server-use-local"));
        robot.clickOn("#server-use-local");

        ExamViewModel model = shown.get(20, TimeUnit.SECONDS).orElseThrow();
        assertEquals("ExamPath — " + usualFile.toAbsolutePath(), stage.getTitle());
        assertTrue(model.statusProperty().get().contains("exams recorded here stay on this computer"), model.statusProperty().get());
        assertTrue(robot.lookup("#connecting").tryQuery().isEmpty(), "the exam window replaced the connecting state");
        assertEquals(2, attempts.get());
    }

    @Test
    void aServerNamedAtStartThatIsDownIsAskedAboutAsTheOneNamedNotTheOneUsedLast(FxRobot robot) throws Exception {
        header = RememberedStore.NAMED;
        gate.countDown();
        String server = refusingServer();
        CompletableFuture<Optional<ExamViewModel>> shown = reopen(robot, server);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> clickable(robot, "#server-quit"));
        assertEquals("The clinic server cannot be opened", robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText());
        robot.clickOn("#server-quit");
        assertEquals(Optional.empty(), shown.get(20, TimeUnit.SECONDS), "quitting shows no store");
        assertFalse(Files.exists(usualFile), "this computer's database was not opened behind the user's back");
    }

    @Test
    void aServerThatTakesTheConnectionAndNeverAnswersLeavesTheWindowConnectingUntilItGivesUpThenQuitIsAChoice(FxRobot robot)
            throws Exception {
        gate.countDown();
        try (ServerSocket silent = new ServerSocket(0)) {
            String server = "postgresql://127.0.0.1:" + silent.getLocalPort() + "/exampath";
            CompletableFuture<Optional<ExamViewModel>> shown = reopen(robot, server);
            assertFalse(shown.isDone(), "the window did not wait for the silent server");
            assertEquals("Connecting to " + server + "…", robot.lookup("#connecting").queryAs(Label.class).getText());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> clickable(robot, "#server-quit"));
            robot.clickOn("#server-quit");
            assertEquals(Optional.empty(), shown.get(20, TimeUnit.SECONDS), "quitting shows no store");
            assertFalse(Files.exists(usualFile), "this computer's database was not opened behind the user's back");
        }
    }

    @Test
    void aRememberedFileOpensAfterTheConnectingStateAndAMissingOneGivesWayToTheUsualWithoutAsking(FxRobot robot)
            throws Exception {
        Path kept = folder.resolve("kept.db");
        Database.open(kept).close();
        CompletableFuture<Optional<ExamViewModel>> shown = reopen(robot, kept.toString());
        assertFalse(shown.isDone());
        assertEquals("Connecting to " + kept + "…", robot.lookup("#connecting").queryAs(Label.class).getText());
        gate.countDown();
        shown.get(20, TimeUnit.SECONDS).orElseThrow();
        assertEquals("ExamPath — " + kept.toRealPath(), stage.getTitle());

        window.close();
        Path gone = folder.resolve("moved-away.db");
        ExamViewModel model = reopen(robot, gone.toString()).get(20, TimeUnit.SECONDS).orElseThrow();
        assertEquals("ExamPath — " + usualFile.toAbsolutePath(), stage.getTitle());
        assertTrue(model.statusProperty().get().startsWith("The last database used did not open ("), model.statusProperty().get());
        assertTrue(robot.lookup("#server-try-again").tryQuery().isEmpty(), "a file is not a server: nothing was asked");
    }

    private static String refusingServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "postgresql://127.0.0.1:" + port + "/exampath";
    }

    /** Shown and laid out inside its window, as a click needs it (a dialog just opened may not be yet). */
    private static boolean clickable(FxRobot robot, String query) {
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }
}
