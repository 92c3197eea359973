package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamWriter;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.exam.ExamViewModel;
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
 * An exam file opened in the window of a clinic's clinician (clinic migration 008): the encounter stored on the
 * server names the clinician the file records as who examined, its findings are its starting state with no audit
 * row in the window user's login, and what the window user changes afterwards is audited as theirs.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicOpenedFileTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("anna");
    @TempDir
    static Path dir;
    private final String anna = CLINIC.role("anna");
    private ClinicWindowFixture.ExamOnServer exam;
    private ClinicEncounterStore store;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        exam = CLINIC.examView(stage, anna, new NoFiles(), e -> e.model().clinicianProperty().set(anna));
        store = exam.store();
        autosave = exam.autosave();
        model = exam.model();
        stage.show();
    }

    @AfterEach
    void tidy() {
        exam.close();
    }

    /** An exam file of two findings, undated, that records {@code clinician} as who examined (null: no one). */
    private static Path fileExaminedBy(String clinician) throws Exception {
        Exam exam = Exams.of().is("nerve.slump", "positive").yes("history.quality.burning").exam()
                .withRecord(new ExamRecord("P-" + System.nanoTime(), null, clinician, null, null));
        return Files.write(dir.resolve("exam-" + System.nanoTime() + ".json"), new ExamWriter().write(exam));
    }

    private long opened(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> assertTrue(model.open(file), model.errorProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        return autosave.encounterIdProperty().get();
    }

    private List<String> audit(long id) {
        autosave.flush();
        return store.audit(id).stream().map(a -> a.finding() + " -> " + a.newValue() + " by " + a.clinician()).toList();
    }

    @Test
    void anOpenedFileIsStoredAsItsClinician(FxRobot robot) throws Exception {
        long id = opened(robot, fileExaminedBy("Dr Kemi Adeyemi"));
        assertEquals(List.of(), audit(id), "the file's findings are the encounter's starting state, not entries of " + anna);
        Encounters.Encounter stored = store.load(id).orElseThrow();
        assertEquals("Dr Kemi Adeyemi", stored.recorded().clinician(), "who examined, as the server keeps it");
        assertNull(stored.recorded().date(), "the file recorded no visit date and none is made up");

        robot.interact(() -> model.session().set("nerve.slump", new FindingValue.Choice("negative")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("nerve.slump -> Choice[value=negative] by " + anna), audit(id), "the change is the window user's");
        assertEquals("Dr Kemi Adeyemi; changes by " + anna, model.noteContext().clinician());
        assertEquals("Dr Kemi Adeyemi", store.load(id).orElseThrow().recorded().clinician());
    }

    @Test
    void aFileNamingNobodyNamesNobodyOnTheServer(FxRobot robot) throws Exception {
        long id = opened(robot, fileExaminedBy(null));
        assertEquals(List.of(), audit(id));
        assertNull(store.load(id).orElseThrow().recorded().clinician(), "never the window user's login in its place");
        assertEquals("", model.noteContext().clinician());
    }
}
