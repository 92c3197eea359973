package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.ui.exam.ExamWindow;
import org.exampath.ui.exam.Step;
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
 * On a real PostgreSQL server, through the app's window: Carol changes the plan of an encounter Alice made while Alice
 * is writing hers. After Alice keeps Carol's plan, the note her window exports names Carol as a contributor at once,
 * not Alice alone, as the note of the encounter opened again does.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicColleagueNamedAfterConflictWindowTest {
    private static final String ALICES = "Refer to the spinal team this week; review in two weeks";
    private static final String CAROLS = "Physiotherapy: graded loading, review in six weeks";
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("carol");
    @TempDir
    static Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String carol = CLINIC.role("carol");
    private ExamWindow window;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        window = CLINIC.window(stage, CLINIC.newClinician("alicenote"), dir);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void afterSheKeepsCarolsPlanTheNoteNamesCarol(FxRobot robot) throws Exception {
        WindowRobot.onFx(() -> assertTrue(window.model().saveSettings("Alice Physio", "")));
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Plan patient three");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        id = window.model().autosave().encounterIdProperty().get();
        assertFalse(note().contains(carol), "before Carol's change: not named");
        carolSaves(CAROLS);

        form.go(Step.SUMMARY);
        form.click("record-plan");
        // pasted in one go, so that the text refused is hers whole
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ALICES)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        form.click("conflict-encounter-plan-keep-theirs");
        window.model().autosave().flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model().conflicts().textHeldProperty().get());

        String note = note();
        assertTrue(note.contains("Plan: " + CAROLS), "the form holds Carol's plan: " + note);
        assertTrue(note.contains("Clinician Alice Physio; changes by " + carol), "Carol is named for the plan she wrote: " + note);
    }

    private void carolSaves(String text) {
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam seen = carols.load(id).orElseThrow().exam();
            carols.save(id, null, seen.withRecord(seen.record().withPlan(text)), carol);
        }
    }

    /** The consultation note the window writes, as text on one line. */
    private String note() throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        boolean[] written = new boolean[1];
        WindowRobot.onFx(() -> written[0] = window.model().exportNote(pdf));
        assertTrue(written[0], window.model().errorProperty().get());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
