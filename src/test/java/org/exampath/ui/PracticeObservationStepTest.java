package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.practice.Answer;
import org.exampath.practice.Feedback;
import org.exampath.text.Describe;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Practice mode offers a button for every finding of the exam beyond the patient header, the observation
 * step's included (gait, foot pulses, bruising, a hamstring gap, temperature, a mass): the scorer counts
 * those as physical tests and the engine's path it marks the student against can name them.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeObservationStepTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;
    private CaseLibraryReader.Library library;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice-observation.db"));
        library = new CaseLibraryReader(TestKnowledge.SHIPPED).shipped();
        model = new PracticeViewModel(TestKnowledge.ENGINE, new PracticeStore(db, Clock.systemUTC()), library.cases(), library.problems());
        PracticeWindows.show(stage, model, 1180, 780);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void startCase(String name) {
        Platform.runLater(() -> {
            model.chosenProperty().set(library.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
            model.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHamstringAvulsionCaseLetsTheStudentLookForBruisingAndAGap(FxRobot robot) {
        startCase("hamstring-pop-water-skier");
        assertNotNull(robot.lookup("#ask-f-history-region-posterior_thigh").tryQuery().orElse(null), "the history buttons are there");
        // the case's urgent level hangs on observation.posterior_thigh_bruising / observation.hamstring_gap
        assertTrue(robot.lookup("#ask-f-observation-posterior_thigh_bruising").tryQuery().isPresent(),
                "the student cannot look for bruising at the back of the thigh: the observation step has no buttons in practice");
        assertTrue(robot.lookup("#ask-f-observation-hamstring_gap").tryQuery().isPresent(),
                "the student cannot feel for a gap below the sitting bone in practice");
    }

    @Test
    void everyTestOnTheEnginesPathInTheFeedbackCanBeAskedInPractice(FxRobot robot) {
        startCase("young-morning-stiffness");
        List<String> tests = List.of("provocation.sij_cluster_positive", "nerve.slump", "provocation.single_leg_stance_30s",
                "strength.resisted_external_derotation", "provocation.lumbar_repeated_movement",
                "provocation.modified_bent_knee_stretch", "provocation.hip_ir_loss", "palpation.sciatic_notch");
        Feedback[] feedback = new Feedback[1];
        Platform.runLater(() -> {
            TestKnowledge.SHIPPED.findingsOfStep("history").forEach(d -> model.ask(d.id()));
            TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> model.ask(d.id()));
            tests.forEach(model::ask);
            feedback[0] = model.commit(new Answer(List.of("sacroiliac_joint"), Map.of(), Set.of("inflammatory_arthritis"),
                    "if_no_progress", Set.of()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tests.size(), feedback[0].enginePath().size(), "the engine's path is as long as the student's tests");
        List<String> unaskable = feedback[0].enginePath().stream()
                .filter(id -> robot.lookup("#ask-" + Describe.nodeId(id)).tryQuery().isEmpty()).toList();
        assertEquals(List.of(), unaskable, "the feedback marks the student against (and tells them the engine would also have done) "
                + "tests that practice mode gives them no way to do");
    }

    @Test
    void everyFindingTheCaseCanHoldBeyondThePatientHeaderHasAnAskButton(FxRobot robot) {
        startCase("hamstring-pop-water-skier");
        List<String> missing = TestKnowledge.SHIPPED.findings().values().stream()
                .filter(d -> !d.pseudo() && !"patient".equals(d.step()))
                .map(d -> d.id())
                .filter(id -> robot.lookup("#ask-" + Describe.nodeId(id)).tryQuery().isEmpty()).toList();
        assertEquals(List.of(), missing, "findings of the catalogue that practice mode gives no way to ask or test");
    }
}
