package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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
 * A resisted test is recorded only once both its grade and its pain answer are chosen, so neither half is ever filled
 * in for the clinician. At a follow-up, a resisted test carried over from the last visit keeps standing, marked, while
 * a new grade waits for today's pain answer: the last visit's pain answer is never taken as today's. (Review 34, §1.)
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpGradeWaitsForTodaysPainTest {
    private static final Clock OCT_1 = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock NOV_12 = Clock.fixed(Instant.parse("2026-11-12T09:00:00Z"), ZoneOffset.UTC);
    private static final String ER = "strength.hip_external_rotation";

    @TempDir
    Path dir;
    private Database db;
    private Autosave autosave;
    private ExamSession session;
    private ExamViewModel model;
    private long first;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("exampath.db");
        try (Database earlier = Database.open(file)) {
            ExamSession kemi = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(kemi, new EncounterStore(earlier, OCT_1, TestKnowledge.SUMMARISER), "Dr Kemi Adeyemi", OCT_1);
            save.runStatusUpdatesWith(Runnable::run);
            kemi.patientLabelProperty().set("P-34");
            kemi.set(ER, new FindingValue.Strength(4, "familiar"));
            save.flush();
            first = save.encounterIdProperty().get();
            save.shutdown();
        }
        db = Database.open(file);
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, NOV_12, TestKnowledge.SUMMARISER), "Anna Physio", NOV_12);
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
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
    void aNewGradeAtAFollowUpDoesNotTakeTheLastVisitsPainAnswerAsToday(FxRobot robot) throws Exception {
        WindowRobot window = startFollowUp(robot);
        Label carried = (Label) window.node("f-strength-hip_external_rotation-carried");
        assertTrue(carried.isVisible(), "sanity: the resisted test is marked as carried over from Kemi's visit");

        // Anna retests the strength only: full strength now. She has not asked about pain yet.
        window.click("f-strength-hip_external_rotation-grade-5");
        FindingValue now = session.exam().value(ER);
        String objective = objective();
        boolean filledIn = new FindingValue.Strength(5, "familiar").equals(now) && !carried.isVisible();
        assertFalse(filledIn, "one click on grade 5 recorded " + now + " as examined today, the pain half taken from Kemi's visit"
                + " and no longer marked as carried; the summary says: " + objective);
        assertEquals(new FindingValue.Strength(4, "familiar"), now, "the last visit's answer stands until both halves are chosen");
        assertTrue(carried.isVisible(), "the test is still marked as the last visit's");
        Label half = (Label) window.node("f-strength-hip_external_rotation-half");
        assertTrue(half.isVisible() && half.getText().startsWith("Choose the pain too"), "the row asks for today's pain answer: " + half.getText());
        assertTrue(robot.lookup("#f-strength-hip_external_rotation-pain-unset").queryAs(ToggleButton.class).isSelected(),
                "the pain half shows as not chosen today, not as the last visit's familiar pain");
    }

    @Test
    void todaysPainAnswerCompletesTheNewGradeAsExaminedToday(FxRobot robot) throws Exception {
        WindowRobot window = startFollowUp(robot);
        window.click("f-strength-hip_external_rotation-grade-5");
        window.click("f-strength-hip_external_rotation-pain-pain");
        assertEquals(new FindingValue.Strength(5, "pain"), session.exam().value(ER));
        assertFalse(window.node("f-strength-hip_external_rotation-carried").isVisible(), "examined today, so no longer carried");
        assertFalse(window.node("f-strength-hip_external_rotation-half").isVisible(), "nothing waits any longer");
        assertTrue(objective().contains("MRC 5/5"), "the summary gives today's test: " + objective());
    }

    @Test
    void theLastVisitsGradeChosenAgainWaitsForThePainBeforeTheTestCountsAsToday(FxRobot robot) throws Exception {
        WindowRobot window = startFollowUp(robot);
        Label carried = (Label) window.node("f-strength-hip_external_rotation-carried");
        window.click("f-strength-hip_external_rotation-grade-4"); // the grade shown, chosen again
        assertTrue(carried.isVisible(), "one half chosen again does not confirm the other: still the last visit's");
        assertTrue(window.node("f-strength-hip_external_rotation-half").isVisible(), "the row asks for today's pain answer");

        window.click("f-strength-hip_external_rotation-pain-familiar");
        assertEquals(new FindingValue.Strength(4, "familiar"), session.exam().value(ER));
        assertFalse(carried.isVisible(), "both halves chosen today: re-examined, unchanged, and no longer carried");
    }

    private WindowRobot startFollowUp(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = autosave.followUp(first));
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        window.go(Step.STRENGTH);
        return window;
    }

    private String objective() {
        String[] summary = new String[1];
        WindowRobot.onFx(() -> summary[0] = model.summaryText());
        return summary[0].lines().filter(l -> l.startsWith("O: ")).findFirst().orElse("");
    }
}
