package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.exam.ExamFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A follow-up's copied summary on a clinic's PostgreSQL server, through the window at 1024x700: the finding carried
 * over and not examined again is said to be carried, with the last visit's date and login, before and after the
 * follow-up is opened again from the server (as FollowUpNoteCarriedWindowTest on a SQLite file).
 */
@ExtendWith(ApplicationExtension.class)
class ClinicFollowUpNoteCarriedWindowTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice");
    private final String alice = CLINIC.role("alice");
    private ClinicWindowFixture.ExamOnServer exam;
    private ClinicEncounterStore store;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        exam = CLINIC.examView(stage, alice, ExamFiles.chooser(), e -> { });
        store = exam.store();
        autosave = exam.autosave();
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        exam.close();
    }

    @Test
    void theSummaryMarksTheCarriedFindingBeforeAndAfterTheFollowUpIsOpenedAgain(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Carried patient");
        window.click("step-palpation");
        window.click("f-palpation-piriformis-familiar");
        window.click("step-nerve");
        window.click("f-nerve-slump-positive");
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        autosave.flush();
        String date = store.load(first).orElseThrow().date();
        run(() -> autosave.followUp(first));
        window.click("f-nerve-slump-negative");
        String expected = "O: 1 physical test recorded, negative, bearing on none of the diagnoses shown. Carried over from the"
                + " visit of " + date + ", by " + alice + ", not re-examined: Palpation: piriformis tender, reproducing the"
                + " familiar pain.";
        assertEquals(expected, objective(), "before it is saved and opened again");
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null
                && !Long.valueOf(first).equals(autosave.encounterIdProperty().get()));
        long second = autosave.encounterIdProperty().get();
        autosave.flush();
        run(() -> autosave.load(first));
        run(() -> autosave.load(second));
        assertEquals(expected, objective(), "opened again from the server");
        assertTrue(store.audit(second).stream().noneMatch(e -> e.finding().equals("palpation.piriformis")),
                "sanity: the audit names no entry for the carried finding at the follow-up");
    }

    private String objective() {
        String[] text = new String[1];
        WindowRobot.onFx(() -> text[0] = exam.model().summaryText());
        return text[0].lines().filter(l -> l.startsWith("O: ")).findFirst().orElse("(no O line) " + text[0]);
    }

    private static void run(Supplier<CompletableFuture<?>> step) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
