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
import javafx.scene.control.TextField;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A follow-up six weeks after a visit that recorded 2 weeks of pain, in the exam window at 1024x700 on a real SQLite
 * file: the duration is moved forward to 8 weeks, the status line says so as it does for the age, and the row stays
 * marked as carried over from the last visit until the clinician asks it again.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpDurationWindowTest {
    private static final Clock OCT_1 = Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock NOV_12 = Clock.fixed(Instant.parse("2026-11-12T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;
    private long first;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("exampath.db");
        try (Database earlier = Database.open(file)) {
            ExamSession visit = new ExamSession(TestKnowledge.ENGINE);
            Autosave save = new Autosave(visit, new EncounterStore(earlier, OCT_1, TestKnowledge.SUMMARISER), "Dr Kemi Adeyemi", OCT_1);
            save.runStatusUpdatesWith(Runnable::run);
            visit.patientLabelProperty().set("P-33");
            visit.setPatient(visit.exam().patient().withAge(45));
            visit.set("history.duration_weeks", new FindingValue.Count(2));
            save.flush();
            first = save.encounterIdProperty().get();
            save.shutdown();
        }
        db = Database.open(file);
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, NOV_12, TestKnowledge.SUMMARISER), "Anna Physio", NOV_12);
        ExamViewModel model = new ExamViewModel(session, autosave);
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
    void theDurationIsMovedForwardSaidOnTheStatusLineAndMarkedCarriedUntilAskedAgain(FxRobot robot) throws Exception {
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = autosave.followUp(first));
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        String status = robot.lookup("#save-status").queryAs(Label.class).getText();
        assertTrue(status.contains("Duration carried forward from 2 weeks then to 8 weeks now: check it."),
                "the status line names the duration moved forward: " + status);
        assertTrue(status.matches("(?s).*[.:] Duration carried forward.*"), "after a sentence of its own: " + status);
        TextField duration = robot.lookup("#f-history-duration_weeks").queryAs(TextField.class);
        assertEquals("8", duration.getText(), "the form shows the duration as it stands today");
        assertEquals(new FindingValue.Count(8), session.exam().value("history.duration_weeks"));
        Label carried = robot.lookup("#f-history-duration_weeks-carried").queryAs(Label.class);
        assertTrue(carried.isVisible(), "a duration moved forward is carried over, not asked today");
        assertEquals("from last visit 2026-10-01", carried.getText());

        new WindowRobot(robot, TestKnowledge.SHIPPED).type("f-history-duration_weeks", "9");
        assertEquals(new FindingValue.Count(9), session.exam().value("history.duration_weeks"));
        assertFalse(carried.isVisible(), "asked again today: no longer marked as carried over");

        // another exam shown: the notice about this follow-up's duration goes with it
        CompletableFuture<?>[] opened = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> opened[0] = autosave.load(first));
        opened[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String after = robot.lookup("#save-status").queryAs(Label.class).getText();
        assertFalse(after.contains("Duration carried forward"), "the notice is dropped with its follow-up: " + after);
    }
}
