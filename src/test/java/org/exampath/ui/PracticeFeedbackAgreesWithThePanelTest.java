package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.PracticeStore;
import org.exampath.practice.Feedback;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.exampath.ui.hypotheses.HypothesisRowViewModel;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The practice feedback teaches what the exam window shows for the same findings (UX review findings 1, 9 and 16):
 * a sign that raises the emergency there is the flag found, tests are judged against the emergency, the engine's
 * leader and figures are held back as the panel holds them back, and a test the panel's "why?" counts is counted
 * with the panel's own figures.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeFeedbackAgreesWithThePanelTest {
    @TempDir
    static Path dir;

    private Database db;
    private PracticeViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("practice.db"));
        model = PracticeWindows.model(new PracticeStore(db, Clock.systemUTC()));
        PracticeWindows.show(stage, model, 1024, 700);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String text(FxRobot robot, String id) {
        VBox box = robot.lookup("#" + id).queryAs(VBox.class);
        return String.join("\n", box.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList());
    }

    /** The panel the exam window shows for what the student uncovered. */
    private HypothesisPanelViewModel panelForWhatWasFound() {
        ExamSession exam = new ExamSession(TestKnowledge.ENGINE);
        exam.replace(model.sessionProperty().get().revealed());
        return new HypothesisPanelViewModel(exam, id -> { });
    }

    @Test
    void reducedSaddleSensationIsTheEmergencyFoundAndTheLeaderIsHeldBack(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam");
        window.click("practice-case");
        robot.clickOn("Back and both legs, and something else");
        window.click("practice-start");
        window.click("ask-f-history-region-low_back");
        window.click("ask-f-redflag-cancer_history");
        window.click("ask-f-nerve-slr");
        window.click("ask-f-neuro-sensation-saddle");
        window.click("ask-f-neuro-myotome-L5");
        assertTrue(panelForWhatWasFound().withheldProperty().get(), "sanity: the exam window holds the diagnosis back on these findings");
        window.click("practice-rank-1");
        robot.clickOn("Gluteal tendinopathy");
        window.click("practice-imaging-urgent");
        window.click("practice-commit");

        String text = text(robot, "practice-feedback");
        assertTrue(text.contains("MISSED RED FLAG: you found Saddle sensation: reduced, which raises possible cauda equina syndrome on its"
                + " own, but did not name it."), text);
        assertFalse(text.contains("MISSED SCREENING"), "the student found the flag-raising sign: " + text);
        assertTrue(text.contains("did not ask its screening questions (Saddle or perianal numbness, New bladder or bowel change"),
                "not asking the questions is its own lesson: " + text);
        assertTrue(text.contains("Saddle sensation: on the path: it checks the emergency."), text);
        assertTrue(text.contains("Myotome L5 (big-toe extension): on the path: it checks the emergency."), "the lower-limb neuro exam: " + text);
        assertTrue(text.contains("Straight-leg raise: not graded"), text);
        assertFalse(text.contains("not on the engine's path"), text);
        assertTrue(text.contains("Working diagnosis: held back: emergency."), text);
        assertFalse(text.toLowerCase().contains("lumbar radicular"), "the leader the panel holds back is not named: " + text);
        Feedback f = model.feedbackProperty().get();
        assertEquals(10 + 0 + 15 + 15, f.score(), "found not named 10, diagnosis (the emergency) 0, imaging 15, both graded tests check it");

        String engine = text(robot, "practice-engine-panel");
        assertTrue(engine.contains("Working diagnosis and probabilities: held back: emergency"), engine);
        assertFalse(engine.contains("%"), "no probability while the emergency stands, as in the panel: " + engine);
    }

    @Test
    void aTestThePanelCountsIsCountedWithThePanelsFiguresAndTheWordingIsShort(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Kim");
        window.click("practice-case");
        robot.clickOn("Burning after fifteen minutes of sitting");
        window.click("practice-start");
        robot.interact(() -> TestKnowledge.SHIPPED.findingsOfStep("redflag").forEach(d -> model.ask(d.id())));
        window.click("ask-f-history-region-deep_mid_buttock");
        window.click("ask-f-palpation-sciatic_notch");
        window.click("ask-f-palpation-piriformis");
        window.click("ask-f-strength-hip_external_rotation");
        window.click("practice-rank-1");
        robot.clickOn("Deep gluteal syndrome (piriformis / sciatic entrapment)");
        window.click("practice-imaging-not_indicated");
        window.click("practice-commit");

        HypothesisPanelViewModel panel = panelForWhatWasFound();
        HypothesisRowViewModel dgs = panel.rows().stream().filter(r -> r.id().equals("deep_gluteal_syndrome")).findFirst().orElseThrow();
        robot.interact(() -> dgs.expandedProperty().set(true));
        String why = String.join("\n", dgs.reasons().stream().map(HypothesisRowViewModel.Reason::text).toList());
        String piriformisWhy = dgs.reasons().stream().map(HypothesisRowViewModel.Reason::text).filter(t -> t.startsWith("Piriformis:"))
                .findFirst().orElseThrow(() -> new AssertionError(why));
        String figures = piriformisWhy.substring(piriformisWhy.indexOf('(') + 1, piriformisWhy.indexOf(')'));

        String text = text(robot, "practice-feedback");
        assertTrue(text.contains("Piriformis: counted: it moves deep gluteal syndrome (piriformis / sciatic entrapment) " + figures + "."),
                "the panel's why? shows '" + piriformisWhy + "'; the feedback: " + text);
        assertFalse(text.contains("Piriformis: not on the engine's path"), text);
        assertTrue(text.contains("Red flags: no flags in this case; full screen asked (" + TestKnowledge.SHIPPED.findingsOfStep("redflag").size()
                + " questions): good."), text);
        String also = List.of(text.split("\n")).stream().filter(l -> l.startsWith("The engine would also have done:")).findFirst().orElse("");
        Feedback f = model.feedbackProperty().get();
        List<String> skipped = f.enginePath().stream().filter(id -> !f.testsUsed().contains(id)).toList();
        assertTrue(skipped.size() > 2, "sanity: the engine's path holds more than two tests the student skipped: " + skipped);
        long named = skipped.stream().filter(id -> also.contains(TestKnowledge.SHIPPED.finding(id).orElseThrow().label())).count();
        assertEquals(2, named, "only the top two are named: " + also);
    }
}
