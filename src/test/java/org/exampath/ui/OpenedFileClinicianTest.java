package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
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
 * An exam file that records who examined (encounter.clinician), opened in the window of another
 * clinician, keeps its examiner: the note does not sign it with the window user's name, and the findings
 * are not audited as that user's entries. On a real SQLite file, as the app runs.
 */
@ExtendWith(ApplicationExtension.class)
class OpenedFileClinicianTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "Anna Physio", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        ExamFiles files = new NoFiles();
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    private Path fileExaminedByKemi() throws Exception {
        return fileExaminedBy("Dr Kemi Adeyemi");
    }

    /** An exam file of two findings that records {@code clinician} as who examined (null: no one). */
    private Path fileExaminedBy(String clinician) throws Exception {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord("P-11", LocalDate.of(2026, 11, 20), clinician, null, null));
        return Files.write(dir.resolve("exam-" + System.nanoTime() + ".json"), new ExamWriter().write(exam));
    }

    /** Opens {@code file} and waits until its encounter is made; returns the encounter's id. */
    private long opened(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        return autosave.encounterIdProperty().get();
    }

    private List<String> audit(long id) {
        autosave.flush();
        return new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id).stream()
                .map(a -> a.finding() + " -> " + a.newValue() + " by " + a.clinician()).toList();
    }

    @Test
    void theNoteOfAnOpenedFileNamesTheClinicianTheFileRecordsNotTheWindowUser(FxRobot robot) throws Exception {
        Path file = fileExaminedByKemi();
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        // `exampath report FILE` signs this note "Dr Kemi Adeyemi"; the window must not sign it "Anna Physio"
        assertEquals("Dr Kemi Adeyemi", model.noteContext().clinician(),
                "the file says who examined; the window user did not examine this patient");
    }

    @Test
    void findingsOfAnOpenedFileAreNotAuditedAsTheWindowUsersEntries(FxRobot robot) throws Exception {
        Path file = fileExaminedByKemi();
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long id = autosave.encounterIdProperty().get();

        List<Encounters.AuditEntry> audit = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id);

        assertTrue(audit.stream().noneMatch(a -> "Anna Physio".equals(a.clinician())),
                "Anna entered none of these findings; the audit holds only what people entered: " + audit);
    }

    @Test
    void whatTheWindowUserChangesIsTheirsAndTheNoteNamesWhoEnteredWhat(FxRobot robot) throws Exception {
        long id = opened(robot, fileExaminedByKemi());
        robot.interact(() -> model.session().set("nerve.slump", new FindingValue.Choice("negative")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("history.quality.burning -> Flag[value=true] by Dr Kemi Adeyemi",
                "nerve.slump -> Choice[value=negative] by Anna Physio", "nerve.slump -> Choice[value=positive] by Dr Kemi Adeyemi"),
                audit(id).stream().sorted().toList(), "the file's findings are Kemi's, the change Anna's");
        assertEquals("Dr Kemi Adeyemi", new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().clinician(),
                "the encounter is the examiner's, as an imported one is");
        assertEquals("Dr Kemi Adeyemi; changes by Anna Physio", model.noteContext().clinician());
        Path saved = dir.resolve("saved-" + System.nanoTime() + ".json");
        robot.interact(() -> assertTrue(model.saveAs(saved), model.errorProperty().get()));
        assertTrue(Files.readString(saved).contains("\"clinician\" : \"Dr Kemi Adeyemi; changes by Anna Physio\"")
                || Files.readString(saved).contains("\"clinician\":\"Dr Kemi Adeyemi; changes by Anna Physio\""),
                "a file saved from it does not put Anna's change in Kemi's name: " + Files.readString(saved));
    }

    @Test
    void aFileThatRecordsNoClinicianIsNeitherSignedNorAuditedInTheWindowUsersName(FxRobot robot) throws Exception {
        long id = opened(robot, fileExaminedBy(null));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", model.noteContext().clinician(), "the file names no examiner: the note names none");
        List<String> audit = audit(id);
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.stream().noneMatch(a -> a.endsWith("by Anna Physio")), audit.toString());

        robot.interact(() -> model.session().set("history.quality.burning", FindingValue.Flag.NO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("not named in the exam file; changes by Anna Physio", model.noteContext().clinician());
        assertEquals("history.quality.burning -> Flag[value=false] by Anna Physio", audit(id).get(2));
    }

    @Test
    void aNewExamAfterAnOpenedFileIsTheWindowUsersAgain(FxRobot robot) throws Exception {
        opened(robot, fileExaminedByKemi());
        robot.interact(() -> model.newExam());
        robot.interact(() -> model.session().set("nerve.slump", new FindingValue.Choice("negative")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);

        assertEquals("Anna Physio", model.noteContext().clinician());
        assertEquals(List.of("nerve.slump -> Choice[value=negative] by Anna Physio"), audit(autosave.encounterIdProperty().get()));
    }
}
