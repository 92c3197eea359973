package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgPrivateServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamReader;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.RecoveryFiles;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a clinic server that is really stopped mid-session ({@code pg_ctl stop -m fast}, and
 * {@code -m immediate}, a crash) and started again: the window says at once that it is offline, keeps
 * what is entered meanwhile on screen and in the recovery folder, and stores it by itself when the server
 * is back; read back afresh, every acknowledged change is there once and nothing twice.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicRestartWindowTest {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static PgPrivateServer server;
    private static String alice;
    @TempDir
    static Path dir;
    private ExamSession session;
    private ClinicEncounterStore store;
    private RecoveryFiles recovery;
    private Autosave autosave;

    @BeforeAll
    static void server() throws Exception {
        server = PgPrivateServer.start();
        alice = server.newClinician("alice", "Harbour Physio");
    }

    @AfterAll
    static void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Start
    void start(Stage stage) {
        recovery = new RecoveryFiles(dir.resolve("recovery-" + System.nanoTime()));
        session = new ExamSession(TestKnowledge.ENGINE);
        store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        autosave = new Autosave(session, store, alice, Clock.systemUTC());
        autosave.retryEvery(Duration.ofMillis(300));
        autosave.keepRecoveryIn(recovery);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        store.close();
    }

    @ParameterizedTest(name = "stop -m {0}")
    @EnumSource(PgPrivateServer.Stop.class)
    void theServerStoppedAndStartedMidSessionLosesNothingAcknowledgedAndStoresWhatWasEnteredMeanwhile(
            PgPrivateServer.Stop how, FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        String label = "Restart patient " + how;
        TextField labelField = robot.lookup("#patient-label").queryAs(TextField.class);
        robot.interact(() -> labelField.setText(label));
        window.click("f-redflag-cancer_history-no");
        window.click("f-redflag-fever_or_unwell-no");
        autosave.flush();
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        Exam acknowledged = session.exam();

        server.stop(how);
        window.click("f-redflag-cancer_history-yes");
        window.click("f-redflag-night_pain_unrelieved-no");
        autosave.flush();
        WindowRobot.waitForSaveStatus(robot, "NOT SAVED");
        String offline = WindowRobot.saveStatus(robot).getText();
        assertTrue(offline.contains("cannot be reached"), "the window says the server is out of reach: " + offline);
        assertTrue(WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED), "shown as an error");
        assertTrue(robot.lookup("#f-redflag-cancer_history-yes").queryAs(ToggleButton.class).isSelected(), "kept on screen");
        Exam entered = session.exam();
        assertEquals(FindingValue.Flag.NO, entered.value("redflag.night_pain_unrelieved"));
        List<Path> kept = files(recovery.folder());
        assertEquals(1, kept.size(), "one local copy of the unsaved exam: " + kept);
        Exam copy = new ExamReader(TestKnowledge.SHIPPED).read(Files.readAllBytes(kept.get(0)));
        assertEquals(entered.findings(), copy.findings(), "the local copy holds every change made while offline");
        assertEquals(label, copy.record().label());

        server.startAgain();
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertTrue(!WindowRobot.saveStatus(robot).getPseudoClassStates().contains(FAILED));
        assertEquals(List.of(), files(recovery.folder()), "the local copy goes once the change is stored");

        try (ClinicEncounterStore fresh = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Encounters.Encounter stored = fresh.load(id).orElseThrow();
            assertEquals(entered.findings(), stored.exam().findings(), "what was entered while offline is stored");
            assertTrue(stored.exam().findings().keySet().containsAll(acknowledged.findings().keySet()));
            assertEquals(label, stored.patientLabel());
            List<String> audit = fresh.audit(id).stream().map(a -> a.finding() + " " + a.newValue().display()).toList();
            assertEquals(List.of("redflag.cancer_history no", "redflag.fever_or_unwell no", "redflag.cancer_history yes",
                    "redflag.night_pain_unrelieved no"), audit, "each change audited once, in order");
            assertEquals(1, fresh.list(label, 10).size(), "one encounter: the retry made no second one");
        }
    }

    /** The local copies in the recovery folder (not a copy being written, which is a temporary file until it is whole). */
    private static List<Path> files(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("unsaved-")).toList();
        }
    }
}
