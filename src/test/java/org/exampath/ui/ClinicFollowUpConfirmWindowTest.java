package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The "from last visit" mark of a follow-up on a clinic's PostgreSQL server, through the window at 1024x700: a
 * finding confirmed unchanged today or changed today loses the mark, and it stays gone once the follow-up is saved
 * and opened again from the server; a finding not examined again keeps it (as ExamWindowReviewUiTest on a SQLite file).
 */
@ExtendWith(ApplicationExtension.class)
class ClinicFollowUpConfirmWindowTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice");
    private final PgTestServer server = CLINIC.server();
    private final String alice = CLINIC.role("alice");
    private ClinicWindowFixture.ExamOnServer exam;
    private ClinicEncounterStore store;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        exam = CLINIC.examView(stage, alice, ExamFiles.chooser(), e -> { });
        session = exam.session();
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
    void aConfirmedCarriedOverFindingStaysUnmarkedWhenTheFollowUpIsOpenedAgainFromTheServer(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "Follow-up patient");
        window.click("f-history-quality-deep_ache-yes");
        window.click("f-history-quality-burning-no");
        window.click("f-history-quality-numbness-no");
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        autosave.flush();
        String date = store.load(first).orElseThrow().date();
        run(robot, () -> autosave.followUp(first));
        Label ache = robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class);
        assertEquals("from last visit " + date, ache.getText(), "the mark names the last visit's date");
        assertTrue(ache.isVisible());

        window.click("f-history-quality-deep_ache-yes"); // examined again today: the same answer
        window.click("f-history-quality-burning-yes"); // examined again today: changed
        assertFalse(ache.isVisible(), "confirmed today: no longer marked");
        autosave.flush();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null
                && !Long.valueOf(first).equals(autosave.encounterIdProperty().get()));
        long second = autosave.encounterIdProperty().get();
        autosave.flush();

        run(robot, () -> autosave.load(first));
        run(robot, () -> autosave.load(second)); // the follow-up opened again, as read from the server
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.quality.deep_ache"));
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.quality.burning"));
        assertFalse(robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class).isVisible(),
                "confirmed at the follow-up: the mark stays gone after it is opened again");
        assertFalse(robot.lookup("#f-history-quality-burning-carried").queryAs(Label.class).isVisible(),
                "changed at the follow-up: the mark stays gone after it is opened again");
        Label numbness = robot.lookup("#f-history-quality-numbness-carried").queryAs(Label.class);
        assertTrue(numbness.isVisible(), "not examined again: still marked after it is opened again");
        assertEquals("from last visit " + date, numbness.getText(), "dated after it is opened again too");
        assertEquals(java.util.List.of("history.quality.burning Flag[value=false] -> Flag[value=true] by " + alice,
                        "history.quality.deep_ache Flag[value=true] -> Flag[value=true] by " + alice),
                store.audit(second).stream().map(e -> e.finding() + " " + e.oldValue() + " -> " + e.newValue() + " by "
                        + e.clinician()).sorted().toList(),
                "the follow-up's audit: the change and the confirmation, in the name of the login that made them");
    }

    /** Runs an autosave step on the JavaFX thread and waits for it and the window to settle. */
    private static void run(FxRobot robot, Supplier<CompletableFuture<?>> step) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = step.get());
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
