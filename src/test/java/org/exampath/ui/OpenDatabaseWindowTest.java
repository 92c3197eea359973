package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
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
 * File > Open database… in the window: another SQLite file opens with its encounters and the exam left
 * behind is saved first; a bad address is named in one line and the store open before stays in use; a
 * clinic server's address opens it as the login PGUSER and PGPASSWORD name.
 */
@ExtendWith(ApplicationExtension.class)
class OpenDatabaseWindowTest {
    @TempDir
    static Path dir;
    private Path folder;
    private Path first;
    private Path second;
    private Stage stage;
    private ExamWindow window;
    private final List<String> remembered = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What Browse… answers next (empty: the chooser was cancelled), and the windows it was shown over. */
    private volatile java.util.Optional<Path> browsed = java.util.Optional.empty();
    private final List<javafx.stage.Window> browsedOver = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The real choosers, but for the database file, which is answered from {@link #browsed}. */
    private final ExamFiles files = new ExamFiles() {
        private final ExamFiles real = ExamFiles.chooser();

        @Override
        public java.util.Optional<Path> chooseOpen(javafx.stage.Window owner) {
            return real.chooseOpen(owner);
        }

        @Override
        public java.util.Optional<Path> chooseSave(javafx.stage.Window owner) {
            return real.chooseSave(owner);
        }

        @Override
        public java.util.Optional<Path> chooseNote(javafx.stage.Window owner, String suggestedName) {
            return real.chooseNote(owner, suggestedName);
        }

        @Override
        public java.util.Optional<Path> chooseDatabase(javafx.stage.Window owner) {
            browsedOver.add(owner);
            return browsed;
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        first = folder.resolve("first.db");
        second = folder.resolve("second.db");
        try (Database db = Database.open(second)) {
            // left open on the second file by this computer's user, so the window resumes it there
            new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER, org.exampath.Workplace.of(folder)).create("Second-file patient", "bea", Exam.empty(),
                    TestKnowledge.SHIPPED.version(), null);
        }
        open(stage, Map.of());
    }

    private void open(Stage stage, Map<String, String> env) {
        WindowStores stores = new WindowStores(env, folder, Clock.systemUTC());
        window = new ExamWindow(stage, () -> new ExamSession(TestKnowledge.ENGINE), stores, files);
        window.setOnSwitched(opened -> remembered.add(opened.address()));
        window.show(stores.sqlite(Database.open(first)));
        stage.show();
    }

    /**
     * Waits until the title passes {@code test}, then for the JavaFX events queued so far: the window sets
     * its title and then tells its listener in one event, so the listener has run once this returns.
     */
    private void waitForTitle(java.util.function.Predicate<String> test) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> test.test(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tidy() {
        window.close();
    }

    @Test
    void anotherSqliteFileOpensWithItsEncountersAfterTheExamShownIsSaved(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "First-file patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        switchTo(robot, second.toString());
        waitForTitle(("ExamPath — " + second.toAbsolutePath())::equals);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Second-file patient".equals(robot.lookup("#patient-label").queryAs(TextField.class).getText()));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("second.db"), "the status line names the file");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-database").tryQuery().isEmpty());
        assertEquals(List.of(second.toAbsolutePath().toString()), remembered, "the file switched to is the one to remember");
        fire(robot, "menu-encounters");
        @SuppressWarnings("unchecked")
        TableView<Encounters.Row> table = robot.lookup("#encounter-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertEquals(List.of("Second-file patient"), table.getItems().stream().map(Encounters.Row::patientLabel).toList(),
                "the encounters are the second file's");
        try (Database db = Database.open(first)) {
            Encounters kept = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
            Encounters.Row row = kept.list("", 10).get(0);
            assertEquals("First-file patient", row.patientLabel());
            assertEquals(FindingValue.Flag.NO, kept.load(row.id()).orElseThrow().exam().value("redflag.cancer_history"),
                    "what was entered before the switch is in the first file");
        }
    }

    @Test
    void browseFillsTheFieldWithTheFileChosenAndOpenMovesToIt(FxRobot robot) throws Exception {
        fire(robot, "menu-open-database");
        robot.clickOn("#db-address").write("typed before");
        robot.clickOn("#db-browse");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("typed before", robot.lookup("#db-address").queryAs(TextField.class).getText(),
                "a cancelled chooser leaves the field as it was");
        browsed = java.util.Optional.of(second);
        robot.clickOn("#db-browse");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.toAbsolutePath().toString(), robot.lookup("#db-address").queryAs(TextField.class).getText(),
                "the file chosen replaces what was typed");
        assertEquals(2, browsedOver.size(), "one chooser per click");
        assertEquals(robot.lookup("#open-database").query().getScene().getWindow(), browsedOver.get(1),
                "the chooser is shown over the dialog");
        robot.clickOn("#db-open");
        waitForTitle(("ExamPath — " + second.toRealPath())::equals);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Second-file patient".equals(robot.lookup("#patient-label").queryAs(TextField.class).getText()));
    }

    @Test
    void aBadAddressIsNamedInOneLineAndTheOpenStoreStays(FxRobot robot) throws Exception {
        String title = stage.getTitle();
        fire(robot, "menu-open-database");
        robot.clickOn("#db-address").write("postgresql://:5432/");
        robot.clickOn("#db-open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !message(robot).isEmpty() && !message(robot).startsWith("Opening"));
        assertEquals("Not opened: the address names no host; expected postgresql://HOST[:PORT]/DBNAME", message(robot));
        Path missing = folder.resolve("nowhere.db");
        WindowRobot.onFx(() -> robot.lookup("#db-address").queryAs(TextField.class).setText(missing.toString()));
        robot.clickOn("#db-open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).contains(missing.toString()));
        assertEquals("Not opened: " + missing + ": no such database file", message(robot));
        assertFalse(Files.exists(missing), "a mistyped file is not created");
        assertEquals(title, stage.getTitle(), "the first file is still the one open");
        assertEquals(List.of(), remembered, "nothing refused is remembered");
        robot.clickOn("#db-cancel");
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Still saving");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertEquals("Still saving", window.model().autosave().store().list("", 10).get(0).patientLabel(),
                "the store open before keeps taking the changes");
    }

    @Test
    void anAddressHoldingAPasswordIsRefusedInOneLineThatNeverShowsIt(FxRobot robot) throws Exception {
        String title = stage.getTitle();
        String secret = "Zq7-not-for-eyes";
        fire(robot, "menu-open-database");
        for (String typed : List.of("postgresql://anna:" + secret + "@db.example/exampath",
                "postgresql://db.example/exampath?sslmode=require&password=" + secret,
                "postgres://anna:" + secret + "@db.example:5432/exampath",
                "anna:" + secret + "@db.example/exampath")) {
            WindowRobot.onFx(() -> robot.lookup("#db-address").queryAs(TextField.class).setText(typed));
            robot.clickOn("#db-open");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Not opened"));
            assertEquals("Not opened: the address holds a password, and ExamPath takes none in an address (it would be shown "
                    + "and kept); remove it and give the login with PGUSER and PGPASSWORD or ~/.pgpass", message(robot), typed);
            for (javafx.stage.Window shown : javafx.stage.Window.getWindows()) {
                assertFalse(String.valueOf(((Stage) shown).getTitle()).contains(secret), "no title shows it");
                for (javafx.scene.Node node : shown.getScene().getRoot().lookupAll(".label")) {
                    assertFalse(((javafx.scene.control.Labeled) node).getText().contains(secret), "no label shows it: " + typed);
                }
            }
        }
        assertEquals(title, stage.getTitle(), "the first file is still the one open");
        assertEquals(List.of(), remembered, "nothing refused is remembered");
        assertEquals(List.of("first.db"), fileNames(folder), "no file was made of a mistyped address");
    }

    private static List<String> fileNames(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".db") && !n.equals("second.db")).sorted().toList();
        }
    }

    @Test
    void theFileOpenReachedByALinkOrADotDotIsTheSameStoreAndAnotherLinkOpensItsFile(FxRobot robot) throws Exception {
        String title = stage.getTitle();
        org.exampath.ui.exam.ExamViewModel shown = window.model();
        Path link = Files.createSymbolicLink(folder.resolve("link-to-first.db"), first);
        Path dotted = Files.createDirectories(folder.resolve("sub")).resolve("..").resolve("first.db");
        String expected = "Not opened: " + first.toAbsolutePath() + " is already open.";
        for (String typed : List.of(first.toString(), link.toString(), dotted.toString())) {
            switchTo(robot, typed);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Not opened"));
            assertEquals(expected, message(robot), "the same answer for " + typed);
            robot.clickOn("#db-cancel");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(title, stage.getTitle());
        assertTrue(shown == window.model(), "the window kept its exam and its store");
        assertEquals(List.of(), remembered, "nothing new to remember");

        Path toSecond = Files.createSymbolicLink(folder.resolve("link-to-second.db"), second);
        switchTo(robot, toSecond.toString());
        waitForTitle(("ExamPath — " + second.toRealPath())::equals);
        assertEquals(List.of(second.toRealPath().toString()), remembered, "the file is remembered, not the link to it");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-database").tryQuery().isEmpty());
        switchTo(robot, folder.resolve("sub").resolve("..").resolve("second.db").toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Not opened"));
        assertEquals("Not opened: " + second.toRealPath() + " is already open.", message(robot));
    }

    @Test
    void anExamNotYetSavedKeepsTheWindowOnItsStoreUntilItIs(FxRobot robot) throws Exception {
        String title = stage.getTitle();
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        TextField label = robot.lookup("#patient-label").queryAs(TextField.class);
        WindowRobot.onFx(() -> label.setText("L".repeat(201)));
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Findings saved");
        switchTo(robot, second.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Not opened"));
        assertTrue(message(robot).startsWith("Not opened: the exam shown is not saved yet ("), message(robot));
        assertTrue(message(robot).contains("NOT the patient label"), message(robot));
        assertEquals(title, stage.getTitle(), "the window stays on the first file");
        robot.clickOn("#db-cancel");
        WindowRobot.onFx(() -> label.setText("Short again"));
        WindowRobot.waitForSaveStatus(robot, "Saved");
        switchTo(robot, second.toString());
        waitForTitle(titled -> titled.endsWith("second.db"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Second-file patient".equals(robot.lookup("#patient-label").queryAs(TextField.class).getText()));
        try (Database db = Database.open(first)) {
            assertEquals("Short again", new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).list("", 10).get(0).patientLabel());
        }
    }

    @Test
    void aClinicServerOpensAsTheLoginTheEnvironmentNames(FxRobot robot) throws Exception {
        try (PgTestServer server = PgTestServer.start()) {
            server.asAdmin().migrate();
            String dana = server.newMember("dana", ClinicMembers.Kind.CLINICIAN, "Bay Physio");
            window.close();
            WindowRobot.onFx(() -> open(stage, server.env(dana)));
            switchTo(robot, server.address());
            waitForTitle(titled -> titled.endsWith(" as " + dana));
            assertTrue(stage.getTitle().startsWith("ExamPath — postgresql://"), stage.getTitle());
            assertFalse(stage.getTitle().contains("role-password"), "no password in the title");
            assertEquals(List.of(server.address()), remembered, "the address remembered holds no login");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-database").tryQuery().isEmpty());
            switchTo(robot, server.address().replace(":5432/", "/"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).startsWith("Not opened"));
            assertEquals("Not opened: " + window.store().name() + " is already open.", message(robot),
                    "the server open, with its default port left out, is the same store");
            robot.clickOn("#db-cancel");
            WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
            form.type("patient-label", "Server patient");
            form.click("f-redflag-cancer_history-no");
            WindowRobot.waitForSaveStatus(robot, "Saved");
            assertEquals("Server patient", window.model().autosave().store().list("", 10).get(0).patientLabel());
            window.close();
        }
    }

    @Test
    void quittingWhileARedFlagActionWaitsForItsRetryAsksFirstAndKeepsTheWindowByDefault(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Flagged");
        form.click("f-redflag-saddle_anaesthesia-yes");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        window.model().autosave().retryEvery(java.time.Duration.ofMillis(100));
        sql("CREATE TRIGGER broken BEFORE INSERT ON red_flag_ack BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        form.type("ack-cauda_equina-text", "Sent to ED");
        form.click("ack-cauda_equina-record");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().autosave().actionsUnsaved()
                && window.model().autosave().statusProperty().get().startsWith("Red-flag action NOT SAVED"));

        // File > Quit: the warning runs its own event loop, so the menu is fired outside the robot's wait
        javafx.application.Platform.runLater(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#quit-keep-open"));
        String asked = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(asked.contains("A copy is kept on this computer: if the window closes now, it is stored when this encounter is next opened."),
                asked);
        robot.clickOn("#quit-keep-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "the default keeps the window, and the action, open");

        sql("DROP TRIGGER broken");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.model().autosave().actionsUnsaved());
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = window.model().mayClose());
        assertTrue(may[0], "once the action is stored, quitting asks nothing");
        assertTrue(robot.lookup("#quit-keep-open").tryQuery().isEmpty());
    }

    private void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + first);
             java.sql.Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#db-message").queryAs(Label.class).getText();
    }

    /** File > Open database…, the address put into the dialog's field (as a paste would), Open clicked. */
    private void switchTo(FxRobot robot, String address) {
        fire(robot, "menu-open-database");
        robot.clickOn("#db-address");
        WindowRobot.onFx(() -> robot.lookup("#db-address").queryAs(TextField.class).setText(address));
        robot.clickOn("#db-open");
    }

    private static void fire(FxRobot robot, String id) {
        WindowRobot.onFx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
            item.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
