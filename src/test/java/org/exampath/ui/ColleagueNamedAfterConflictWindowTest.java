package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.cli.Commands;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two app instances on one SQLite file, through Anna's window on an encounter she made: once a refused save leaves
 * Ben's plan or finding value in her form, the note her window exports names Ben as a contributor at once, as the
 * note of the encounter opened again (and the {@code report} command's) does, never Anna alone.
 */
@ExtendWith(ApplicationExtension.class)
class ColleagueNamedAfterConflictWindowTest {
    private static final String ANNAS = "Refer to the spinal team this week; review in two weeks";
    private static final String BENS = "Physiotherapy: graded loading, review in six weeks";
    private static final String BURNING = "history.quality.burning";
    private static final String SIGNED = "Clinician anna; changes by ben";
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private Autosave autosave;
    private ExamSession session;
    private ExamViewModel model;
    private long id;

    @Start
    void start(Stage stage) {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(annasApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        model = new ExamViewModel(session, autosave);
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
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
    void afterKeepTheirsOfBensPlanTheNoteNamesBenAsTheReportCommandDoes(FxRobot robot) throws Exception {
        WindowRobot form = annaStarts(robot);
        bensWindowSaves(e -> e.withRecord(e.record().withPlan(BENS)));
        form.go(Step.SUMMARY);
        form.click("record-plan");
        // pasted in one go, so that the text refused is hers whole
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ANNAS)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());

        form.click("conflict-encounter-plan-keep-theirs");
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.conflicts().textHeldProperty().get());
        String note = note();
        assertTrue(note.contains("Plan: " + BENS), "the form holds Ben's plan: " + note);
        assertTrue(note.contains(SIGNED), "Ben is named for the plan he wrote: " + note);
        assertTrue(reportNote().contains(SIGNED), "as the report command names him");
    }

    @Test
    void aFindingValueOfBensKeptInTheFormNamesBenOnTheNote(FxRobot robot) throws Exception {
        WindowRobot form = annaStarts(robot);
        bensWindowSaves(e -> e.with(BURNING, FindingValue.Flag.YES));

        form.click("f-history-quality-burning-no"); // her window never read his answer
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FindingValue.Flag.YES.equals(session.exam().value(BURNING)));
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ben", robot.lookup("#conflict-history-quality-burning-set-by")
                .queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(note().contains(SIGNED), "Ben's value is in the form: he is named");

        form.click("conflict-dismiss");
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note().contains(SIGNED), "his value kept and the panel dismissed: he is still named");
        assertTrue(reportNote().contains(SIGNED));
    }

    @Test
    void aConfirmationRefusedForBensValueNamesBenOnTheFollowUpsNote(FxRobot robot) throws Exception {
        String ache = "history.quality.deep_ache";
        WindowRobot form = annaStarts(robot);
        form.click("f-history-quality-deep_ache-yes");
        autosave.flush();
        long first = id;
        java.util.concurrent.CompletableFuture<?>[] started = new java.util.concurrent.CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = autosave.followUp(first));
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        form.click("f-history-quality-burning-yes"); // changed today: the follow-up is made, in her name
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null
                && !Long.valueOf(first).equals(autosave.encounterIdProperty().get()));
        id = autosave.encounterIdProperty().get();
        assertFalse(note().contains("changes by ben"), "her follow-up, before Ben's change");
        bensWindowSaves(e -> e.with(ache, FindingValue.Flag.NO));

        form.click("f-history-quality-deep_ache-yes"); // she re-affirms what her window shows
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FindingValue.Flag.NO.equals(session.exam().value(ache)));
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note().contains(SIGNED), "Ben's value is in the form, not confirmed in her name: he is named");
        assertTrue(reportNote().contains(SIGNED));
    }

    /** Anna's window makes an encounter with her name in Settings, the one her store's writes carry. */
    private WindowRobot annaStarts(FxRobot robot) throws Exception {
        WindowRobot.onFx(() -> assertTrue(model.saveSettings("anna", "")));
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Shared patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        autosave.flush();
        id = autosave.encounterIdProperty().get();
        assertTrue(note().contains("Clinician anna "), "her own encounter: signed by her alone");
        return form;
    }

    /** Ben's window, in his own app on the same file, opens the encounter and saves his change of it. */
    private void bensWindowSaves(java.util.function.UnaryOperator<Exam> change) throws Exception {
        ExamSession his = new ExamSession(TestKnowledge.ENGINE);
        Autosave bens = new Autosave(his, new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "ben", Clock.systemUTC());
        try {
            java.util.concurrent.CompletableFuture<?>[] loaded = new java.util.concurrent.CompletableFuture<?>[1];
            WindowRobot.onFx(() -> loaded[0] = bens.load(id));
            loaded[0].get(20, TimeUnit.SECONDS);
            WindowRobot.onFx(() -> his.replace(change.apply(his.exam())));
            bens.flush();
        } finally {
            bens.shutdown();
        }
    }

    /** The consultation note the window writes, as text on one line. */
    private String note() throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        boolean[] written = new boolean[1];
        WindowRobot.onFx(() -> written[0] = model.exportNote(pdf));
        assertTrue(written[0], model.errorProperty().get());
        return text(pdf);
    }

    /** The note {@code report ID --db} writes of the encounter as stored. */
    private String reportNote() throws Exception {
        Path pdf = dir.resolve("report-" + System.nanoTime() + ".pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Commands(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("report", Long.toString(id), "--out", pdf.toString(), "--db", dir.resolve("shared.db").toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return text(pdf);
    }

    private static String text(Path pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
