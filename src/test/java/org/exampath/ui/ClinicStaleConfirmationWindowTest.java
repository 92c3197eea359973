package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.FindingValue;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
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
 * The clinic server's window does what the SQLite file's does ({@link StaleConfirmationWindowTest}): a carried-over
 * finding Alice re-affirms after Carol changed it in the follow-up is not confirmed in Alice's name; the form shows
 * Carol's value and the panel under the steps names both values and who set Carol's.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicStaleConfirmationWindowTest {
    private static final String ACHE = "history.quality.deep_ache";
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice", "carol");
    private final PgTestServer server = CLINIC.server();
    private final String alice = CLINIC.role("alice");
    private final String carol = CLINIC.role("carol");
    private ClinicWindowFixture.ExamOnServer exam;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        exam = CLINIC.examView(stage, alice, ExamFiles.chooser(), e -> { });
        session = exam.session();
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
    void aFindingAColleagueChangedIsShownAsTheirsNotConfirmedInMyName(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Stale confirmation patient");
        window.click("f-history-quality-deep_ache-yes");
        window.click("f-history-quality-burning-no");
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        run(robot, () -> autosave.followUp(first));
        window.click("f-history-quality-burning-yes"); // changed today: the follow-up is made
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null
                && !Long.valueOf(first).equals(autosave.encounterIdProperty().get()));
        long followUp = autosave.encounterIdProperty().get();
        autosave.flush();
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            carols.save(followUp, null, carols.load(followUp).orElseThrow().exam().with(ACHE, FindingValue.Flag.NO), carol);
        }

        window.click("f-history-quality-deep_ache-yes"); // alice re-affirms what her window shows
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FindingValue.Flag.NO.equals(session.exam().value(ACHE)));
        // the panel's row is built on a later pulse than the form's value: wait for it, looked up on the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#conflict-history-quality-deep_ache-set-by").tryQuery().isPresent()).get());

        assertEquals(carol, robot.lookup("#conflict-history-quality-deep_ache-set-by").queryAs(Label.class).getText());
        assertEquals("no", robot.lookup("#conflict-history-quality-deep_ache-theirs").queryAs(Label.class).getText());
        assertEquals("yes", robot.lookup("#conflict-history-quality-deep_ache-yours").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#conflict-panel").query().isVisible());
        assertFalse(robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class).isVisible(),
                "carol's value, entered today, is not from the last visit");
        autosave.flush();
        assertEquals(List.of("history.quality.deep_ache Flag[value=true] -> Flag[value=false] by " + carol),
                exam.store().audit(followUp).stream().filter(a -> a.finding().equals(ACHE))
                        .map(a -> a.finding() + " " + a.oldValue() + " -> " + a.newValue() + " by " + a.clinician()).toList(),
                "nothing in alice's name for a value she never saw, and her window's value did not go over carol's");
    }

    /** Runs an autosave step on the JavaFX thread and waits for it and the window to settle. */
    private static void run(FxRobot robot, Supplier<CompletableFuture<?>> step) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
