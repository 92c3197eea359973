package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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
 * FABER, FADER and FADIR each have a "where it hurt" row, and the straight-leg raise an angle; each belongs to its
 * test. A test taken back to "–" (not tested) takes its site or angle with it, in the exam, the summary and the store,
 * and the row stays unavailable until the test is recorded again: a test never done has no site. (Review 34, §3.)
 */
@ExtendWith(ApplicationExtension.class)
class ClearedTestTakesItsPainSiteTest {
    @TempDir
    Path dir;
    private Database db;
    private Autosave autosave;
    private ExamSession session;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("sites.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        model = new ExamViewModel(session, autosave);
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
    void aProvocationTestTakenBackToNotTestedLeavesNoPainLocationInTheNote(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Site patient");
        form.go(Step.NERVE);
        form.click("f-provocation-faber-positive");
        form.click("f-provocation-faber_site-groin");
        assertTrue(summary().contains("groin"), "sanity: a positive FABER into the groin is in the summary: " + summary());
        Exam stored = storedAfterSave();
        assertEquals(new FindingValue.Choice("groin"), stored.value("provocation.faber_site"), "sanity: the site is stored");

        // on second thoughts the test was not done properly: "–", not tested
        form.click("f-provocation-faber-unset");
        assertNull(session.exam().value("provocation.faber"), "sanity: FABER is back to not tested");
        String text = summary();
        assertFalse(text.contains("groin"), "FABER is not tested, yet the summary still reports where it hurt: " + text);
        assertNull(session.exam().value("provocation.faber_site"), "the site went with its test");
        assertTrue(((ToggleButton) form.node("f-provocation-faber_site-unset")).isSelected(), "the row shows no site");
        assertTrue(form.node("f-provocation-faber_site").isDisabled() && form.node("f-provocation-faber_site-waits").isVisible(),
                "and takes none until FABER is recorded again, saying so");
        stored = storedAfterSave();
        assertFalse(stored.has("provocation.faber") || stored.has("provocation.faber_site"), "neither is stored: " + stored.findings());

        form.click("f-provocation-faber-negative");
        assertFalse(form.node("f-provocation-faber_site").isDisabled(), "FABER recorded again: its site can be given");
    }

    @Test
    void theStraightLegRaiseTakenBackTakesItsAngle(FxRobot robot) {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.go(Step.NERVE);
        assertTrue(form.node("f-nerve-slr_angle").isDisabled(), "no straight-leg raise yet, so no angle");
        form.click("f-nerve-slr-positive");
        form.type("f-nerve-slr_angle", "40");
        assertEquals(new FindingValue.Count(40), session.exam().value("nerve.slr_angle"), "sanity: the angle is recorded");

        form.click("f-nerve-slr-unset");
        assertNull(session.exam().value("nerve.slr_angle"), "the angle went with its test");
        assertEquals("", robot.lookup("#f-nerve-slr_angle").queryTextInputControl().getText(), "and the field is empty");
    }

    private Exam storedAfterSave() throws Exception {
        autosave.flush();
        WaitForAsyncUtils.waitForFxEvents();
        long id = autosave.encounterIdProperty().get();
        Exam[] held = new Exam[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            held[0] = new EncounterStore(db, Clock.systemUTC(), TestKnowledge.SUMMARISER).load(id).orElseThrow().exam();
            return held[0].findings().equals(session.exam().findings());
        });
        return held[0];
    }

    private String summary() {
        String[] text = new String[1];
        WindowRobot.onFx(() -> text[0] = model.summaryText());
        return text[0];
    }
}
