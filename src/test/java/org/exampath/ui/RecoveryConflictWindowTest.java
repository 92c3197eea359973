package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.store.StoreException;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real PostgreSQL server, through the window: Alice's recovery copy, opened with File > Open exam
 * after Carol changed one of its findings meanwhile, is restored into the encounter, and the conflict is
 * shown in the window's conflict panel with both values and who set Carol's; Carol's value is kept.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryConflictWindowTest {
    private static PgTestServer server;
    private static String alice;
    private static String carol;
    @TempDir
    static Path dir;
    private Path folder;
    private Path fileToOpen;
    private ClinicEncounterStore store;
    private Autosave autosave;

    @BeforeAll
    static void server() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newLogin("alice");
        carol = server.newLogin("carol");
        ClinicMembers members = new ClinicMembers(server.asAdmin());
        members.add(alice, ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        members.add(carol, ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    static void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        folder = dir.resolve("recovery-" + System.nanoTime());
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC());
        autosave = new Autosave(session, store, alice, Clock.systemUTC());
        autosave.keepRecoveryIn(new RecoveryFiles(folder));
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
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), files)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        store.close();
    }

    private static Encounters failingWhen(Encounters real, AtomicBoolean down) {
        return (Encounters) Proxy.newProxyInstance(Encounters.class.getClassLoader(), new Class<?>[] {Encounters.class},
                (proxy, method, args) -> {
                    if (down.get()) {
                        throw new StoreException("the server cannot be reached");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** An earlier session of Alice's: slump positive stored, then slump negative and burning pain entered while down. */
    private long aliceLeftACopy() {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.onSpinWait(); // its own recovery session, so the window takes the copy for a leftover
        }
        try (ClinicEncounterStore real = new ClinicEncounterStore(server.as(alice), Clock.systemUTC())) {
            AtomicBoolean down = new AtomicBoolean();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave earlier = new Autosave(session, failingWhen(real, down), alice, Clock.systemUTC());
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
            session.set("history.quality.burning", FindingValue.Flag.YES);
            earlier.flush();
            assertTrue(earlier.failedProperty().get(), earlier.statusProperty().get());
            earlier.shutdown();
            return id;
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void aCopysChangeThatAColleagueChangedMeanwhileIsShownInTheConflictPanelAndNotWritten(FxRobot robot) throws Exception {
        long id = aliceLeftACopy();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC())) {
            Exam now = carols.load(id).orElseThrow().exam().with("history.quality.burning", FindingValue.Flag.NO);
            carols.save(id, null, now, carol, "h", 0.5);
        }
        assertFalse(robot.lookup("#conflict-panel").query().isVisible(), "no panel before any conflict");
        fileToOpen = new RecoveryFiles(folder).leftovers().get(0);

        WindowRobot.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-open".equals(i.getId())).findFirst()
                .map(MenuItem.class::cast).orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-panel").query().isVisible());
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
}
