package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real PostgreSQL server, through the window, one conflict panel for both ways a colleague's value
 * can meet Alice's: a save of hers refused because Carol saved the finding first, and her recovery copy,
 * opened with File > Open exam after Carol changed one of its findings meanwhile. Each shows both values
 * and who set Carol's, and Carol's value is kept until Alice enters hers again.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryConflictWindowTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice", "carol");
    @TempDir
    static Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String alice = CLINIC.role("alice");
    private final String carol = CLINIC.role("carol");
    private Path folder;
    private Path fileToOpen;
    private ClinicWindowFixture.ExamOnServer exam;
    private ClinicEncounterStore store;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        folder = dir.resolve("recovery-" + System.nanoTime());
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.ofNullable(fileToOpen);
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };
        exam = CLINIC.examView(stage, alice, files, e -> e.autosave().keepRecoveryIn(new RecoveryFiles(folder)));
        store = exam.store();
        autosave = exam.autosave();
        stage.show();
    }

    @AfterEach
    void tidy() {
        exam.close();
    }

    /** Carol, a colleague of the same clinic, saves {@code finding} as {@code value} in encounter {@code id}. */
    private void carolSaves(long id, String finding, FindingValue value) throws Exception {
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam now = carols.load(id).orElseThrow().exam().with(finding, value);
            carols.save(id, null, now, carol);
        }
    }

    /** An earlier session of Alice's: slump positive stored, then slump negative and burning pain entered while down. */
    private long aliceLeftACopy() {
        return aliceLeftACopy("history.quality.burning", FindingValue.Flag.YES);
    }

    /** An earlier session of Alice's: slump positive stored, then slump negative and {@code finding} entered while down. */
    private long aliceLeftACopy(String finding, FindingValue value) {
        RecoverySessions.waitForNextMillisecond(); // its own recovery session, so the window takes the copy for a leftover
        try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave earlier = new Autosave(session, FailingStore.failingWhen(real, down), alice, Clock.systemUTC());
            earlier.runStatusUpdatesWith(Runnable::run);
            earlier.retryEvery(java.time.Duration.ofMillis(50));
            earlier.keepRecoveryIn(new RecoveryFiles(folder));
            session.patientLabelProperty().set("P-conflict");
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            earlier.flush();
            assertFalse(earlier.failedProperty().get(), earlier.statusProperty().get());
            long id = earlier.encounterIdProperty().get();
            down.set(true);
            session.set("nerve.slump", new FindingValue.Choice("negative"));
            session.set(finding, value);
            earlier.flush();
            assertTrue(earlier.failedProperty().get(), earlier.statusProperty().get());
            earlier.shutdown();
            return id;
        }
    }

    /** Looked up on the FX thread: a lookup from the test thread walks the scene while the window changes it. */
    private static String text(FxRobot robot, String id) {
        String[] text = new String[1];
        WindowRobot.onFx(() -> text[0] = robot.lookup("#" + id).queryAs(Label.class).getText());
        return text[0];
    }

    private static boolean visible(FxRobot robot, String query) {
        boolean[] shown = new boolean[1];
        WindowRobot.onFx(() -> shown[0] = robot.lookup(query).query().isVisible());
        return shown[0];
    }

    @Test
    void aCopysChangeThatAColleagueChangedMeanwhileIsShownInTheConflictPanelAndNotWritten(FxRobot robot) throws Exception {
        long id = aliceLeftACopy();
        carolSaves(id, "history.quality.burning", FindingValue.Flag.NO);
        assertFalse(visible(robot, "#conflict-panel"), "no panel before any conflict");
        fileToOpen = new RecoveryFiles(folder).leftovers().get(0);

        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-open".equals(i.getId())).findFirst()
                .map(MenuItem.class::cast).orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible(robot, "#conflict-panel"));
        WindowRobot.waitForSaveStatus(robot, "Saved");

        assertEquals("1 finding was changed by a colleague while your change was not saved: their value is kept and yours"
                + " was not written. To use yours, enter it again.", text(robot, "conflict-header"));
        assertEquals(TestKnowledge.SHIPPED.finding("history.quality.burning").orElseThrow().label(),
                text(robot, "conflict-history-quality-burning-label"));
        assertEquals("no", text(robot, "conflict-history-quality-burning-theirs"));
        assertEquals(carol, text(robot, "conflict-history-quality-burning-set-by"));
        assertEquals("yes", text(robot, "conflict-history-quality-burning-yours"));
        assertTrue(robot.lookup("#conflict-nerve-slump-theirs").tryQuery().isEmpty(), "alice's own change is no conflict");

        var stored = store.load(id).orElseThrow().exam().findings();
        assertEquals(FindingValue.Flag.NO, stored.get("history.quality.burning"), "carol's value is not overwritten");
        assertEquals(new FindingValue.Choice("negative"), stored.get("nerve.slump"), "alice's change is restored");
        assertEquals(1, store.list("P-conflict", 10).size(), "into the one encounter");

        robot.clickOn("#conflict-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#conflict-panel").query();
        assertFalse(panel.isVisible() || panel.isManaged(), "dismissed, it takes no room");
    }

    @Test
    void aSaveRefusedBecauseAColleagueSavedFirstIsShownInThePanelWithTheirValueOnScreenAndNotRetriedOver(FxRobot robot)
            throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Race patient");
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        carolSaves(id, "redflag.saddle_anaesthesia", FindingValue.Flag.NO);

        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        WindowRobot.onFx(() -> autosave.statusProperty().addListener((obs, old, line) -> said.add(line)));
        window.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible(robot, "#conflict-panel"));
        assertEquals("no", text(robot, "conflict-redflag-saddle_anaesthesia-theirs"));
        assertEquals(carol, text(robot, "conflict-redflag-saddle_anaesthesia-set-by"));
        assertEquals("yes", text(robot, "conflict-redflag-saddle_anaesthesia-yours"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            boolean[] chosen = new boolean[1];
            WindowRobot.onFx(() -> chosen[0] = robot.lookup("#f-redflag-saddle_anaesthesia-no")
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
            return chosen[0];
        });
        assertTrue(said.stream().anyMatch(line -> line.endsWith("(encounter " + id + "), except 1 finding a colleague changed"
                + " meanwhile: their value is kept, see the panel under the steps.")), said.toString());
        autosave.flush();
        assertFalse(autosave.failedProperty().get(), "not an error waiting for a retry: the rest was stored");
        assertEquals(FindingValue.Flag.NO, store.load(id).orElseThrow().exam().value("redflag.saddle_anaesthesia"),
                "carol's value is not overwritten");

        assertRedFlagRowHolds(robot, "redflag-saddle_anaesthesia");

        window.click("conflict-redflag-saddle_anaesthesia-show");
        window.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FindingValue.Flag.YES.equals(
                store.load(id).orElseThrow().exam().value("redflag.saddle_anaesthesia")));
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "entered again, the lane shows the flag");
        assertTrue(robot.lookup("#conflict-redflag-saddle_anaesthesia-flag").tryQuery().isEmpty(), "no longer hidden");
        assertEquals("You entered yours again.", text(robot, "conflict-redflag-saddle_anaesthesia-note"));
        assertFalse(robot.lookup("#conflict-dismiss").query().isDisabled(), "now it can be dismissed");
        robot.clickOn("#conflict-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#conflict-panel"), "entered again after seeing hers, alice's value is saved " + said + autosave.conflicts());
        var audit = store.audit(id);
        assertEquals(alice, audit.get(audit.size() - 1).clinician());
    }

    /**
     * The red-flag row: it names the flag her entry raised, in the flag's style, the lane does not show it, and
     * "Got it" is disabled and does nothing (fired anyway) while it stands.
     */
    private void assertRedFlagRowHolds(FxRobot robot, String finding) {
        WaitForAsyncUtils.waitForFxEvents();
        Label flag = robot.lookup("#conflict-" + finding + "-flag").queryAs(Label.class);
        assertTrue(flag.getText().contains("EMERGENCY: Possible cauda equina syndrome"), flag.getText());
        assertTrue(flag.getStyleClass().containsAll(java.util.List.of("red-flag", "red-flag-emergency")), flag.getStyleClass().toString());
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isEmpty(), "the kept value does not raise it in the lane");
        assertTrue(text(robot, "conflict-header").endsWith("for each red row, enter yours again or press Keep theirs."));
        javafx.scene.control.Button dismiss = robot.lookup("#conflict-dismiss").queryAs(javafx.scene.control.Button.class);
        assertTrue(dismiss.isDisabled(), "Got it is disabled while a flag is hidden");
        WindowRobot.onFx(dismiss::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible(robot, "#conflict-panel"), "and does not dismiss it");
        assertTrue(robot.lookup("#conflict-" + finding + "-flag").tryQuery().isPresent());
    }

    @Test
    void aRefusedRedFlagEntryKeptAsTheirsRecordsNothingInHerName(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Keep theirs patient");
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        carolSaves(id, "redflag.saddle_anaesthesia", FindingValue.Flag.NO);
        window.click("f-redflag-saddle_anaesthesia-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-redflag-saddle_anaesthesia-flag")
                .tryQuery().isPresent() && robot.lookup("#f-redflag-saddle_anaesthesia-no")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertRedFlagRowHolds(robot, "redflag-saddle_anaesthesia");

        carolSaves(id, "history.quality.burning", FindingValue.Flag.NO);
        window.click("f-history-quality-burning-yes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-history-quality-burning-theirs")
                .tryQuery().isPresent());
        assertTrue(text(robot, "conflict-header").startsWith("2 findings were changed"), "a later refusal adds its row");
        assertRedFlagRowHolds(robot, "redflag-saddle_anaesthesia");
        autosave.flush();
        int auditBefore = store.audit(id).size();

        window.click("conflict-redflag-saddle_anaesthesia-keep-theirs");
        assertTrue(robot.lookup("#conflict-redflag-saddle_anaesthesia-label").tryQuery().isEmpty(), "kept as theirs, its row goes");
        assertFalse(robot.lookup("#conflict-dismiss").query().isDisabled(), "no flag hidden now");
        robot.clickOn("#conflict-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#conflict-panel"));
        autosave.flush();
        assertEquals(FindingValue.Flag.NO, store.load(id).orElseThrow().exam().value("redflag.saddle_anaesthesia"));
        assertEquals(auditBefore, store.audit(id).size(), "keeping theirs writes nothing");
        assertTrue(store.audit(id).stream().noneMatch(a -> a.finding().equals("redflag.saddle_anaesthesia")
                && alice.equals(a.clinician())), "nothing about saddle numbness in alice's name");
    }

    @Test
    void aCopysRedFlagEntryAColleagueChangedMeanwhileHoldsThePanelUntilEnteredAgain(FxRobot robot) throws Exception {
        long id = aliceLeftACopy("neuro.sensation.saddle", new FindingValue.Choice("reduced"));
        carolSaves(id, "neuro.sensation.saddle", new FindingValue.Choice("normal"));
        fileToOpen = new RecoveryFiles(folder).leftovers().get(0);
        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-open".equals(i.getId())).findFirst()
                .map(MenuItem.class::cast).orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-neuro-sensation-saddle-flag")
                .tryQuery().isPresent());
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertRedFlagRowHolds(robot, "neuro-sensation-saddle");
        assertEquals("normal", text(robot, "conflict-neuro-sensation-saddle-theirs"));
        assertEquals("reduced", text(robot, "conflict-neuro-sensation-saddle-yours"));

        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("conflict-neuro-sensation-saddle-show");
        window.click("f-neuro-sensation-saddle-reduced");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new FindingValue.Choice("reduced").equals(
                store.load(id).orElseThrow().exam().value("neuro.sensation.saddle")));
        assertTrue(robot.lookup("#red-flag-cauda_equina").tryQuery().isPresent(), "entered again, the lane shows the flag");
        assertFalse(robot.lookup("#conflict-dismiss").query().isDisabled());
    }
}
