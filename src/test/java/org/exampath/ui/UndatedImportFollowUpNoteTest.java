package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
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
 * The copied summary of a follow-up of an import whose file recorded no visit date (1024x700, real SQLite file): the
 * import day is never given as the day its findings were examined (review 32, finding 4).
 */
@ExtendWith(ApplicationExtension.class)
class UndatedImportFollowUpNoteTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private Database db;
    private EncounterStore store;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("undated-" + System.nanoTime() + ".db"));
        store = new EncounterStore(db, TODAY, TestKnowledge.SUMMARISER);
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, store, "anna", TODAY);
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    /**
     * Anna imports Dr Kemi's exam file, which records no visit date, on 2026-11-29, and starts a follow-up of it the same
     * day. The form marks the carried finding "from last visit (date not recorded, imported 2026-11-29)", as the list and
     * status line do. The copied summary, the record that leaves the app, said instead that the finding was "carried
     * over from the visit of 2026-11-29": the import day given as the day the finding was examined. It now says where
     * the finding came from as the form does.
     */
    @Test
    void aFollowUpNoteNeverGivesTheImportDayAsTheVisitDateOfAnUndatedImport(FxRobot robot) throws Exception {
        Exam undated = Exams.of().is("nerve.slump", "positive").yes("history.quality.deep_ache").exam()
                .withRecord(new ExamRecord("P-80", null, "Dr Kemi", null, null));
        long imported = store.importAll(List.of(new Encounters.NewEncounter("P-80", undated, null, null, "key-P-80", null)), "anna",
                TestKnowledge.ENGINE.knowledge().version()).get(0).id();
        CompletableFuture<?>[] started = new CompletableFuture<?>[1];
        WindowRobot.onFx(() -> started[0] = autosave.followUp(imported));
        started[0].get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#f-history-quality-deep_ache-carried").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        String marker = robot.lookup("#f-history-quality-deep_ache-carried").queryAs(Label.class).getText();
        assertTrue(marker.contains("date not recorded"), "sanity: the form words the date as not recorded: " + marker);

        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("step-summary");
        window.click("copy-summary");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        String summary = copied[0];
        assertTrue(summary.contains("arried over"), "sanity: the summary marks the carried findings: " + summary);
        assertFalse(summary.contains("visit of 2026-11-29"), "the follow-up's summary dates findings from an import that recorded"
                + " no visit date with the import day, as if examined then (the form says 'date not recorded'): " + summary);
        assertTrue(summary.contains(" Carried over from an earlier visit (date not recorded, imported 2026-11-29), by Dr Kemi,"
                + " not re-examined: "), "the summary says the visit's date was not recorded, as the form does: " + summary);
    }
}
