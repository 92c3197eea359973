package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
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
 * Dr Kemi examines on 1 October (slump positive, piriformis tender and familiar); Anna starts the follow-up on
 * 12 November in the exam window (1024x700, a real SQLite file) and re-examines only the slump. Her copied summary and
 * her PDF note mark the piriformis finding as carried over from Kemi's visit and not re-examined, and the slump as
 * found today; the same holds once the follow-up is opened again from the store.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpNoteCarriedWindowTest {
    private static final Clock OCT_1 = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock NOV_12 = Clock.fixed(Instant.parse("2026-11-12T09:00:00Z"), ZoneOffset.UTC);
    private static final String MARK = "carried over from the visit of 2026-10-01, by Dr Kemi Adeyemi; not re-examined";

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;
    private long first;
    private Path note;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("exampath.db");
        try (Database earlier = Database.open(file)) {
            ExamSession kemi = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(kemi, new EncounterStore(earlier, OCT_1, TestKnowledge.SUMMARISER), "Dr Kemi Adeyemi", OCT_1);
            save.runStatusUpdatesWith(Runnable::run);
            kemi.patientLabelProperty().set("P-31");
            kemi.set("nerve.slump", new FindingValue.Choice("positive"));
            kemi.set("palpation.piriformis", new FindingValue.Choice("familiar"));
            save.flush();
            first = save.encounterIdProperty().get();
            save.shutdown();
        }
        db = Database.open(file);
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, NOV_12, TestKnowledge.SUMMARISER), "Anna Physio", NOV_12);
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.of(note);
            }
        };
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void theCopiedSummaryAndThePdfMarkWhatWasCarriedOverAndNotExaminedToday(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        run(() -> autosave.followUp(first));
        window.click("step-nerve");
        window.click("f-nerve-slump-negative");
        window.click("step-palpation");
        assertTrue(robot.lookup("#f-palpation-piriformis-carried").queryAs(Label.class).isVisible(),
                "sanity: the form marks the piriformis finding as carried over");

        String summary = copiedSummary(robot, window);
        String objective = line(summary, "O: ");
        assertEquals("O: 1 physical test recorded, negative, bearing on none of the diagnoses shown. Carried over from the visit of"
                + " 2026-10-01, by Dr Kemi Adeyemi, not re-examined: Palpation: piriformis tender, reproducing the familiar pain.",
                objective, "the slump is today's, the piriformis Kemi's, apart and said so");
        assertTrue(line(summary, "A: ").contains("reproducing the familiar pain (LR 2.5; Hopayian K et al 2010, estimate; carried over,"
                + " not re-examined)"), "a diagnosis resting on a carried finding says so: " + summary);

        String pdf = exportedNote(window, "note.pdf");
        assertTrue(pdf.contains("Clinician Anna Physio"), "sanity: signed by Anna: " + pdf);
        String piriformis = pdfLine(pdf, "Piriformis", "Nerve-bias tests");
        assertEquals("Piriformis: familiar pain (" + MARK + ")", piriformis, "the PDF marks the carried finding in its step: " + pdf);
        String nerve = pdfLine(pdf, "Nerve-bias tests", "Listed by name");
        assertEquals("Nerve-bias tests 1 test done, negative or normal; 10 not tested.", nerve,
                "the slump, examined today, is counted as today's: " + pdf);

        // the follow-up opened again from the file marks the same finding, named by the same visit and clinician
        autosave.flush();
        long second = autosave.encounterIdProperty().get();
        run(() -> autosave.load(first));
        run(() -> autosave.load(second));
        String reopened = exportedNote(window, "reopened.pdf");
        assertEquals("Piriformis: familiar pain (" + MARK + ")", pdfLine(reopened, "Piriformis", "Nerve-bias tests"), reopened);
        assertEquals(nerve, pdfLine(reopened, "Nerve-bias tests", "Listed by name"), reopened);
    }

    private void run(Supplier<CompletableFuture<?>> step) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String copiedSummary(FxRobot robot, WindowRobot window) {
        window.click("step-summary");
        window.click("copy-summary");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return copied[0];
    }

    private String exportedNote(WindowRobot window, String name) throws Exception {
        note = dir.resolve(name);
        window.click("step-summary");
        window.click("export-note");
        assertTrue(Files.exists(note), "the note was written");
        try (PDDocument doc = Loader.loadPDF(note.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(no line " + start + ")");
    }

    /** The text of "Findings recorded" from {@code word} up to {@code next}, on one line, without its bullets. */
    private static String pdfLine(String pdf, String word, String next) {
        String from = pdf.substring(Math.max(0, pdf.indexOf("Findings recorded")));
        int at = from.indexOf(word);
        assertTrue(at >= 0, "no " + word + " in the note's findings: " + pdf);
        return from.substring(at, from.indexOf(next, at)).replace("•", "").replaceAll("\\s+", " ").strip();
    }
}
