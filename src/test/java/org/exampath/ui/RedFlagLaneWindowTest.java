package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

/** The red-flag lane on screen: the pinned banner and strip, the screen's count, an emergency, a follow-up. */
@ExtendWith(ApplicationExtension.class)
class RedFlagLaneWindowTest {
    private static final int SCREEN = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;
    private ExamSession session;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node instanceof Label l ? l.getText() : ((Hyperlink) node).getText();
    }

    @Test
    void answeringScreeningQuestionsUpdatesTheCountAtOnce(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        assertEquals("Red-flag screen not complete (0 of " + SCREEN + " asked)", text(robot, "screen-reminder"));
        window.click("f-redflag-fever_or_unwell-no");
        assertEquals("Red-flag screen not complete (1 of " + SCREEN + " asked)", text(robot, "screen-reminder"));
        window.click("f-redflag-night_pain_unrelieved-no");
        assertEquals("Red-flag screen not complete (2 of " + SCREEN + " asked)", text(robot, "screen-reminder"));
        assertFalse(text(robot, "imaging-reason").contains("No red flag"), text(robot, "imaging-reason"));
    }

    @Test
    void theBannerAndStripStayInViewWhenThePanelIsScrolledToTheBottom(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        robot.interact(() -> {
            session.set("nerve.slump", new FindingValue.Choice("positive"));
            session.set("history.quality.burning", FindingValue.Flag.YES);
        });
        for (String id : new String[] {"lumbar_radicular", "deep_gluteal_syndrome", "gluteal_tendinopathy"}) {
            window.click("hyp-" + id + "-why");
        }
        ScrollPane scroll = robot.lookup("#panel-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight(),
                "the panel has something to scroll");
        Bounds window1 = robot.lookup("#exam-view").query().localToScreen(robot.lookup("#exam-view").query().getBoundsInLocal());
        for (String id : new String[] {"red-flag-banner", "red-flag-malignancy", "screen-reminder", "summary-strip", "strip-next"}) {
            Node node = robot.lookup("#" + id).query();
            assertTrue(node.isVisible(), id + " is visible");
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            assertTrue(window1.contains(b), id + " lies inside the window: " + b);
        }
        Node last = robot.lookup("#imaging-reason").query();
        Bounds lastBounds = last.localToScreen(last.getBoundsInLocal());
        assertTrue(window1.contains(lastBounds), "the bottom of the panel is in view too: " + lastBounds);
    }

    @Test
    void aRaisedFlagPutsTheQuestionsItStandsOnFirstAmongTheNextTests(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-aggravator-walking_distance-yes");
        assertTrue(robot.lookup("#red-flag-vascular_claudication").query().isVisible());
        assertEquals("Vascular risk factors", firstNextTest(robot).getText());
        assertEquals("checks the red flag: possible vascular claudication", text(robot, "why-next-f-redflag-vascular_risk_factors"));
        assertEquals("checks the red flag: possible vascular claudication", text(robot, "why-next-f-observation-pedal_pulses"));
        assertEquals("Next: Vascular risk factors — checks the red flag: possible vascular claudication", text(robot, "strip-next"));
        // a soon flag is folded: "more" shows what raised it and what to record next
        WindowRobot.click(robot, robot.lookup("#flag-more-vascular_claudication").query());
        assertTrue(robot.lookup(".red-flag-why").queryAll().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.endsWith(". Record next: Vascular risk factors; Foot pulses (dorsalis pedis, posterior tibial)")),
                "the flag's line names what to record");
        robot.interact(() -> session.set("redflag.vascular_risk_factors", FindingValue.Flag.YES));
        assertTrue(robot.lookup("#red-flag-vascular_claudication").query().isVisible(), "still raised, now on a recorded risk factor");
        // the level is settled, but the flag's action asks for the pulses: they lead until felt (ADR 0014)
        assertEquals("Next: Foot pulses (dorsalis pedis, posterior tibial) — checks the red flag: possible vascular claudication",
                text(robot, "strip-next"));
        robot.interact(() -> session.set("observation.pedal_pulses", new FindingValue.Choice("normal")));
        assertTrue(robot.lookup("#next-f-observation-pedal_pulses").tryQuery().isEmpty(), "felt: pulses are not listed");
        assertFalse(text(robot, "strip-next").contains("red flag"), text(robot, "strip-next"));
    }

    @Test
    void underAnEmergencyNoFlagLineAsksForMoreTests(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-fever_or_unwell-yes");
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").query().isVisible());
        assertTrue(robot.lookup("#red-flag-infection").query().isVisible());
        assertEquals("Next: act on the emergency; no further tests now.", text(robot, "strip-next"));
        java.util.List<String> lines = robot.lookup(".red-flag-why").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(lines.stream().noneMatch(t -> t.contains("Record next")), lines.toString());
    }

    @Test
    void underAnUrgentFlagAnotherFlagsCheckWaitsUntilTheUrgentOneIsActedOn(FxRobot robot) {
        // a cancer history: malignancy urgent, with nothing left to record; walking pain: vascular soon, with its checks
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        window.click("f-history-aggravator-walking_distance-yes");
        assertTrue(robot.lookup("#red-flag-malignancy").query().isVisible());
        assertTrue(robot.lookup("#red-flag-vascular_claudication").query().isVisible());
        assertEquals("Next, once the flag is cleared: Vascular risk factors — checks the red flag: possible vascular claudication",
                text(robot, "strip-next"));
    }

    private static Hyperlink firstNextTest(FxRobot robot) {
        javafx.scene.layout.Pane list = robot.lookup("#next-tests").queryAs(javafx.scene.layout.Pane.class);
        return (Hyperlink) ((javafx.scene.layout.Pane) list.getChildren().get(0)).getChildren().get(0);
    }

    @Test
    void anEmergencyShowsNoNextTestAndNoManagement(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-bilateral_leg_symptoms-no");
        assertTrue(robot.lookup(".next-test").queryAll().stream().anyMatch(Node::isVisible), "next tests before");
        window.click("f-redflag-saddle_anaesthesia-yes");
        assertTrue(robot.lookup("#red-flag-cauda_equina").query().isVisible());
        assertTrue(robot.lookup("#withheld-note").query().isVisible());
        assertTrue(robot.lookup(".next-test").queryAll().isEmpty(), "no next test is listed");
        assertFalse(treeVisible(robot.lookup("#management").query()), "no management text is shown");
        assertFalse(treeVisible(robot.lookup("#hypotheses").query()), "no working diagnosis beside the emergency");
        assertEquals("Next: act on the emergency; no further tests now.", text(robot, "strip-next"));
        assertTrue(robot.lookup("#ack-cauda_equina-record").query().isVisible(), "its action can be recorded");
    }

    @Test
    void aFollowUpShowsTheEarlierFlagAndItsRecordedAction(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-cancer_history-yes");
        window.type("ack-malignancy-text", "GP review booked for tomorrow");
        window.click("f-redflag-unexplained_weight_loss-yes");
        assertEquals("GP review booked for tomorrow",
                robot.lookup("#ack-malignancy-text").queryAs(javafx.scene.control.TextField.class).getText(),
                "what was typed survives the banner redrawing");
        window.click("ack-malignancy-record");
        assertTrue(robot.lookup(".flag-action").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().endsWith(": GP review booked for tomorrow")), "the action is shown");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        long first = autosave.encounterIdProperty().get();
        java.util.List<java.util.concurrent.CompletableFuture<Void>> shown = new java.util.ArrayList<>();
        robot.interact(() -> shown.add(autosave.followUp(first)));
        shown.get(0).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#red-flag-malignancy").tryQuery().isEmpty(), "the screen is asked again at a follow-up");
        assertEquals("Red-flag screen not complete (0 of " + SCREEN + " asked)", text(robot, "screen-reminder"));
        Label earlier = (Label) robot.lookup(".earlier-flag").query();
        assertTrue(earlier.isVisible());
        assertTrue(earlier.getText().startsWith("Last visit: URGENT — Possible malignancy. Action recorded "), earlier.getText());
        assertTrue(earlier.getText().endsWith(": GP review booked for tomorrow"), earlier.getText());
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("step-summary");
        String since = robot.lookup("#summary-since-last-visit").queryAs(Label.class).getText();
        assertTrue(since.startsWith(earlier.getText()), "the Summary repeats the earlier flag: " + since);
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
