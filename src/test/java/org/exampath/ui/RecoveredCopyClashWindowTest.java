package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
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
 * Two app instances on one SQLite file, through Anna's window: her leftover recovery copy changed a finding, the side and
 * the plan; Ben has since set the side and written a plan of his own. Opened with File > Open exam, the copy's finding is
 * restored, Ben's side and plan stand (both named on the status line and held in the conflict panel, hers beside his, as
 * a side or plan refused while editing is held), and Use mine then stores hers as her own choice, Keep theirs nothing.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveredCopyClashWindowTest {
    private static final String ANNAS = "Review in two weeks";
    private static final String BENS = "Same-day MRI: saddle change";
    @TempDir
    Path dir;
    private Path folder;
    private Path fileToOpen;
    private Database annasApp;
    private Database bensApp;
    private ExamSession session;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        folder = dir.resolve("recovery");
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(annasApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        autosave.keepRecoveryIn(new RecoveryFiles(folder));
        model = new ExamViewModel(session, autosave);
        stage.setScene(ExamView.scene(new ExamView(model, new ExamFiles() {
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
        })));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        bensApp.close();
        annasApp.close();
    }

    @Test
    void bensSideAndPlanStandHersIsHeldInThePanelAndUseMineStoresIt(FxRobot robot) throws Exception {
        long id = openedAfterBensSideAndPlan(robot);

        assertEquals(BENS, text(robot, "#conflict-encounter-plan-theirs"));
        assertEquals("ben", text(robot, "#conflict-encounter-plan-set-by"));
        assertEquals(ANNAS, text(robot, "#conflict-encounter-plan-yours"), "her plan is held in the panel");
        assertTrue(robot.lookup("#side-bilateral").queryAs(ToggleButton.class).isSelected(), "the window shows Ben's side");
        assertTrue(model.statusProperty().get().contains("the side (bilateral, set by ben, where the copy has right)"),
                model.statusProperty().get());
        Exam kept = stored(id);
        assertEquals(FindingValue.Flag.YES, kept.value("history.quality.burning"), "her own change is restored");
        assertEquals(Side.BILATERAL, kept.side(), "Ben's side stands");
        assertEquals(BENS, kept.record().plan(), "Ben's plan stands");

        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.click("conflict-encounter-plan-use-mine");
        assertTrue(model.conflicts().textHeldProperty().get(), "the copy's side still waits for her choice");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ANNAS.equals(stored(id).record().plan()));
        var last = new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id).stream()
                .filter(a -> a.finding().equals("encounter.plan")).reduce((first, second) -> second).orElseThrow();
        assertEquals("anna", last.clinician(), "her plan over his is her own choice");
        assertEquals(Side.BILATERAL, stored(id).side(), "Ben's side still stands");
        form.click("conflict-encounter-side-keep-theirs");
        assertFalse(model.conflicts().textHeldProperty().get(), "both chosen: nothing is held");
    }

    @Test
    void theCopysSideIsHeldInThePanelBesideBensAndKeepTheirsWritesNothingInHerName(FxRobot robot) throws Exception {
        long id = openedAfterBensSideAndPlan(robot);
        assertEquals("Side", text(robot, "#conflict-encounter-side-label"));
        assertEquals("bilateral", text(robot, "#conflict-encounter-side-theirs"));
        assertEquals("ben", text(robot, "#conflict-encounter-side-set-by"));
        assertEquals("right", text(robot, "#conflict-encounter-side-yours"), "the copy's side is held in the panel, not lost");
        assertTrue(model.conflicts().headerProperty().get().contains("the side"), model.conflicts().headerProperty().get());

        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-side-keep-theirs");
        assertTrue(robot.lookup("#conflict-encounter-side-theirs").tryQuery().isEmpty(), "chosen: the side's row is gone");
        assertTrue(robot.lookup("#side-bilateral").queryAs(ToggleButton.class).isSelected(), "the form keeps Ben's side");
        autosave.flush();
        assertEquals(Side.BILATERAL, stored(id).side());
        assertEquals(List.of("anna: left", "ben: bilateral"), sideAudit(id), "nothing of the copy's side after Ben's");
    }

    @Test
    void useMineOnTheCopysSideStoresItOverBensAsHerChange(FxRobot robot) throws Exception {
        long id = openedAfterBensSideAndPlan(robot);
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-side-use-mine");
        assertTrue(robot.lookup("#side-right").queryAs(ToggleButton.class).isSelected(), "the copy's side is back in the form");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored(id).side() == Side.RIGHT);
        assertEquals(List.of("anna: left", "ben: bilateral", "anna: right"), sideAudit(id),
                "the copy's side over Ben's is her deliberate change, his kept in the audit");
        assertEquals(BENS, stored(id).record().plan(), "the plan still waits for her choice: Ben's stands");
    }

    /**
     * Anna's copy is left, Ben sets the side to bilateral and writes his plan, and Anna opens the copy with File > Open exam;
     * returns once the panel holds her entries and the restored exam is saved.
     */
    private long openedAfterBensSideAndPlan(FxRobot robot) throws Exception {
        long id = annaLeftACopy();
        Exam his = stored(id);
        new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).save(id, null, his.withSide(Side.BILATERAL)
                .withRecord(his.record().withPlan(BENS)), "ben");
        fileToOpen = new RecoveryFiles(folder).leftovers().get(0);

        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-open".equals(i.getId())).findFirst()
                .map(MenuItem.class::cast).orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());
        WindowRobot.waitForSaveStatus(robot, "Saved");
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    /** Each side stored, in order, and who set it: "anna: left". */
    private List<String> sideAudit(long id) {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id).stream()
                .filter(a -> a.finding().equals("encounter.side"))
                .map(a -> a.clinician() + ": " + ((FindingValue.Choice) a.newValue()).value()).toList();
    }

    /**
     * An earlier session of Anna's on the same file: the side left stored, then, while the store is out of reach, the side
     * changed to right, burning pain entered and her plan written, all kept in a recovery copy.
     */
    private long annaLeftACopy() {
        RecoverySessions.waitForNextMillisecond(); // its own recovery session, so the window takes the copy for a leftover
        try (Database earlierApp = Database.open(dir.resolve("shared.db"))) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession earlierSession = new ExamSession(TestKnowledge.ENGINE);
            Autosave earlier = new Autosave(earlierSession, FailingStore.failingWhen(new EncounterStore(earlierApp,
                    Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), down), "anna", Clock.systemUTC());
            earlier.runStatusUpdatesWith(Runnable::run);
            earlier.keepRecoveryIn(new RecoveryFiles(folder));
            earlierSession.patientLabelProperty().set("P-clash");
            earlierSession.setSide(Side.LEFT);
            earlier.flush();
            assertFalse(earlier.failedProperty().get(), earlier.statusProperty().get());
            long id = earlier.encounterIdProperty().get();
            down.set(true);
            earlierSession.setSide(Side.RIGHT);
            earlierSession.set("history.quality.burning", FindingValue.Flag.YES);
            earlierSession.setNotes(null, ANNAS);
            earlier.flush();
            assertTrue(earlier.failedProperty().get(), earlier.statusProperty().get());
            earlier.shutdown();
            return id;
        }
    }

    /** The exam as stored, read through a store of its own (a read sets the base of the store that reads). */
    private Exam stored(long id) {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().exam();
    }

    private static String text(FxRobot robot, String query) {
        String[] text = new String[1];
        WindowRobot.onFx(() -> text[0] = robot.lookup(query).queryAs(Label.class).getText());
        return text[0];
    }
}
