package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.FindingValue;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.exam.ExamFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a clinic's PostgreSQL server: what one clinician enters, a colleague of the same clinic
 * reads; when the connection is lost the window says so at once, keeps the change and stores it
 * when the server lets the clinician in again.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicWindowTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice", "carol");
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String alice = CLINIC.role("alice");
    private final String carol = CLINIC.role("carol");
    private ClinicWindowFixture.ExamOnServer exam;
    private ClinicEncounterStore store;
    private org.exampath.ui.common.RecoveryFiles recovery;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        recovery = new org.exampath.ui.common.RecoveryFiles(dir.resolve("recovery-" + System.nanoTime()));
        exam = CLINIC.examView(stage, alice, ExamFiles.chooser(), e -> {
            e.autosave().retryEvery(java.time.Duration.ofMillis(300));
            e.autosave().keepRecoveryIn(recovery);
        });
        store = exam.store();
        autosave = exam.autosave();
        stage.show();
    }

    @AfterEach
    void tidy() throws Exception {
        server.admin("ALTER ROLE " + alice + " LOGIN");
        exam.close();
    }

    @Test
    void whatAliceEntersCarolReadsWithAliceAsItsAuthor(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Shared patient");
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        try (ClinicEncounterStore colleague = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Encounters.Encounter seen = colleague.load(id).orElseThrow();
            assertEquals("Shared patient", seen.patientLabel());
            assertEquals(FindingValue.Flag.NO, seen.exam().value("redflag.cancer_history"));
            assertEquals(alice, colleague.audit(id).get(colleague.audit(id).size() - 1).clinician(),
                    "the audit names the login role, set by the server");
        }
    }

    @Test
    void aLostConnectionIsSaidAtOnceTheChangeIsKeptAndStoredWhenTheServerIsBack(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Outage patient");
        window.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        long id = autosave.encounterIdProperty().get();
        server.admin("ALTER ROLE " + alice + " NOLOGIN");
        server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + alice + "'");
        window.click("f-redflag-cancer_history-yes");
        WindowRobot.waitForSaveStatus(robot, "NOT SAVED");
        assertTrue(robot.lookup("#f-redflag-cancer_history-yes").queryAs(ToggleButton.class).isSelected(),
                "the change stays on screen");
        java.util.List<java.nio.file.Path> kept;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(recovery.folder())) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("unsaved-")).toList();
        }
        assertEquals(1, kept.size(), "one local copy of the unsaved change");
        org.exampath.domain.Exam copy = new org.exampath.exchange.ExamReader(TestKnowledge.SHIPPED)
                .read(java.nio.file.Files.readAllBytes(kept.get(0)));
        assertEquals(FindingValue.Flag.YES, copy.value("redflag.cancer_history"));
        assertEquals("Outage patient", copy.record().label());
        server.admin("ALTER ROLE " + alice + " LOGIN");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        assertEquals(FindingValue.Flag.YES, store.load(id).orElseThrow().exam().value("redflag.cancer_history"),
                "the retry stored it once the server let Alice in again");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(recovery.folder())) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("unsaved-")).count(),
                    "the local copy goes once the change is stored");
        }
        assertTrue(new org.exampath.ui.common.RecoveryFiles(recovery.folder()).leftovers().isEmpty());
    }
}
