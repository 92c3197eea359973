package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.exchange.ExamReader;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.OpeningSize;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whole-flow tests through the real window, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExamWindowTest {
    @TempDir
    Path dir;

    private ExamSession session;
    private ExamViewModel model;
    private Path fileToOpen;
    private Path noteTarget;
    private static Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        session = new ExamSession(TestKnowledge.ENGINE);
        model = new ExamViewModel(session);
        ExamFiles files = new ExamFiles() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.ofNullable(fileToOpen);
            }

            @Override
            public Optional<Path> chooseSave(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNote(Window owner, String suggestedName) {
                return Optional.ofNullable(noteTarget);
            }
        };
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.setWidth(1024); // the smallest supported window, whatever size an earlier test class left the stage at
        stage.setHeight(700);
        stage.show();
    }

    private static Exam sharedCase(String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        byte[] exam = json.writeValueAsBytes(json.readTree(TestKnowledge.resource("shared-cases/" + name + ".json").toFile()).get("exam"));
        return new ExamReader(TestKnowledge.SHIPPED).read(exam);
    }

    private static String leadingOnPanel(FxRobot robot) {
        VBox rows = robot.lookup("#hypotheses").queryAs(VBox.class);
        return rows.getChildren().get(0).getId();
    }

    private void enterCaseAndCheck(FxRobot robot, String name, String leading, String flag) throws Exception {
        Exam exam = sharedCase(name);
        new WindowRobot(robot, TestKnowledge.SHIPPED).enter(exam);
        assertEquals(exam, session.exam(), "every finding entered through the form");
        if (leading != null) {
            assertEquals("hyp-" + leading, leadingOnPanel(robot));
        }
        Node banner = robot.lookup("#red-flag-banner").query();
        if (flag != null) {
            assertTrue(banner.isVisible());
            assertTrue(robot.lookup("#red-flag-" + flag).tryQuery().isPresent(), "banner shows " + flag);
        } else {
            assertTrue(robot.lookup(".red-flag").queryAll().isEmpty(), "no red flag on the banner");
        }
    }

    @Test
    void glutealTendinopathyCaseEnteredClickByClick(FxRobot robot) throws Exception {
        enterCaseAndCheck(robot, "gluteal-tendinopathy-classic", "gluteal_tendinopathy", null);
        assertTrue(robot.lookup("#imaging").queryAs(Label.class).getText().startsWith("Imaging:"));
    }

    @Test
    void deepGlutealCaseEnteredClickByClick(FxRobot robot) throws Exception {
        enterCaseAndCheck(robot, "deep-gluteal-sitting-burn", "deep_gluteal_syndrome", null);
    }

    @Test
    void caudaEquinaCaseRaisesTheEmergencyBanner(FxRobot robot) throws Exception {
        enterCaseAndCheck(robot, "cauda-equina-emergency", null, "cauda_equina");
        // the gate's "urgent" under an emergency reads as what it is: same day, not days to weeks
        assertEquals("Imaging: emergency, same day", robot.lookup("#imaging").queryAs(Label.class).getText());
    }

    @Test
    void aYesOnTheScreenRaisesTheBannerAtOnce(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        assertTrue(robot.lookup(".red-flag").queryAll().isEmpty());
        window.click("f-redflag-cancer_history-yes");
        Label flag = robot.lookup("#red-flag-malignancy").queryAs(Label.class);
        assertTrue(flag.isVisible());
        assertTrue(flag.getText().startsWith("URGENT — Possible malignancy."), flag.getText());
        window.click("f-redflag-cancer_history-no");
        assertTrue(robot.lookup(".red-flag").queryAll().isEmpty(), "the flag goes when the answer changes");
    }

    @Test
    void clickingANextTestAndAnInconsistencyJumpsToTheControl(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        String first = session.assessment().nextTests().get(0).finding();
        window.click("next-f-" + first.replace('.', '-'));
        assertEquals(Step.of(TestKnowledge.SHIPPED.finding(first).orElseThrow().step()), model.stepProperty().get());
        assertFocusWithin(robot, "f-" + first.replace('.', '-'));

        window.click("step-history");
        window.click("f-redflag-bilateral_leg_symptoms-yes");
        window.click("side-left");
        window.click("inc-I7");
        assertEquals(Step.HISTORY, model.stepProperty().get());
        assertFocusWithin(robot, "f-redflag-bilateral_leg_symptoms");
    }

    @Test
    void beforeAnyHistoryTheStripsNextGoesToTheBodyChartQuestions(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("step-nerve");
        assertEquals("Next: map the history first — where the pain is, what it feels like, what brings it on.",
                ((javafx.scene.control.Labeled) robot.lookup("#strip-next").query()).getText());
        window.click("strip-next");
        assertEquals(Step.HISTORY, model.stepProperty().get());
        assertFocusWithin(robot, "f-history-region-upper_outer_buttock");
    }

    /** The red-flag screen sits at the foot of step 1's long page; the link at its top brings it into view in one click. */
    @Test
    void theLinkAtTheTopOfTheHistoryJumpsToTheRedFlagScreen(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        String first = TestKnowledge.SHIPPED.findingsOfStep("redflag").get(0).id();
        javafx.scene.control.ScrollPane page = robot.lookup("#page-history").queryAs(javafx.scene.control.ScrollPane.class);
        Node link = robot.lookup("#to-red-flag-screen").query();
        assertTrue(inside(link, page), "the link is in view at the top of the page");
        assertTrue(((javafx.scene.control.Labeled) link).getText().startsWith("Red-flag screen (0 of "), ((javafx.scene.control.Labeled) link).getText());
        Node row = window.node("f-" + first.replace('.', '-') + "-row");
        assertFalse(inside(row, page), "the screen starts out of view, at the foot of the page");
        WindowRobot.click(robot, link);
        assertEquals(Step.HISTORY, model.stepProperty().get());
        assertTrue(inside(row, page), "the screen's first question is in view");
        assertTrue(inside(robot.lookup(".red-flag-screen .section-title").query(), page), "and the screen's title above it");
        assertFocusWithin(robot, "f-" + first.replace('.', '-'));

        // with the first question answered, the link counts it and goes to the first one not yet asked
        robot.push(KeyCode.RIGHT).push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> page.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((javafx.scene.control.Labeled) link).getText().startsWith("Red-flag screen (1 of "), ((javafx.scene.control.Labeled) link).getText());
        WindowRobot.click(robot, link);
        String second = org.exampath.text.ScreenStatus.of(session.assessment()).unasked().get(0);
        assertTrue(inside(window.node("f-" + second.replace('.', '-') + "-row"), page), "the first unasked question is in view");
        assertFocusWithin(robot, "f-" + second.replace('.', '-'));
    }

    /** The node lies wholly inside the scroll's view. */
    private static boolean inside(Node node, javafx.scene.control.ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        javafx.geometry.Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static void assertFocusWithin(FxRobot robot, String idPrefix) {
        Node focus = window.getScene().getFocusOwner();
        assertTrue(focus != null && focus.getId() != null && focus.getId().startsWith(idPrefix),
                "focus is on " + (focus == null ? null : focus.getId()) + ", expected " + idPrefix);
    }

    @Test
    void keyboardOnlyPassThroughPalpation(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Step.PALPATION, model.stepProperty().get());
        // the focus sits on the unasked question's "–" (review finding 9), never on an answer nobody gave
        assertFocusWithin(robot, "f-palpation-greater_trochanter-unset");
        // The arrow keys only move the focus; Space or Enter chooses.
        arrowTo(robot, "f-palpation-greater_trochanter-familiar");
        assertFalse(session.exam().has("palpation.greater_trochanter"), "an arrow key never changes an answer");
        robot.push(KeyCode.SPACE);
        tabTo(robot, "f-palpation-piriformis-unset");
        arrowTo(robot, "f-palpation-piriformis-tender");
        robot.push(KeyCode.ENTER);
        tabTo(robot, "f-palpation-referral_to_thigh-unset");
        arrowTo(robot, "f-palpation-referral_to_thigh-yes");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new FindingValue.Choice("familiar"), session.exam().value("palpation.greater_trochanter"));
        assertEquals(new FindingValue.Choice("tender"), session.exam().value("palpation.piriformis"));
        assertEquals(FindingValue.Flag.YES, session.exam().value("palpation.referral_to_thigh"));
        Node site = robot.lookup("#site-greater_trochanter-right").query();
        assertTrue(site.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("familiar")),
                "the site is lit on the chart");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFocusWithin(robot, "f-palpation-gluteus_medius-unset");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Step.SUMMARY, model.stepProperty().get());
    }

    @Test
    void thePatientLabelKeepsItsTextWhenItTakesTheFocus(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        robot.interact(() -> session.patientLabelProperty().set("P-0142"));
        Node label = window.node("patient-label");
        robot.interact(label::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("7");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("P-01427", session.patientLabelProperty().get(), "a key typed on focus adds to the label, never replaces it");
    }

    @Test
    void fileQuitWithControlQClosesTheWindow(FxRobot robot) {
        Stage[] second = new Stage[1];
        javafx.scene.control.MenuItem[] quit = new javafx.scene.control.MenuItem[1];
        robot.interact(() -> {
            second[0] = new Stage();
            ExamView view = new ExamView(new ExamViewModel(new ExamSession(TestKnowledge.ENGINE)), ExamFiles.chooser());
            second[0].setScene(ExamView.scene(view));
            second[0].show();
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.lookup(".menu-bar");
            quit[0] = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow();
        });
        assertEquals("_Quit", quit[0].getText());
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Q"), quit[0].getAccelerator());
        robot.interact(quit[0]::fire);
        assertFalse(second[0].isShowing(), "File → Quit closes the window");
    }

    @Test
    void theWindowOpensWithinASmall1024x700Screen(FxRobot robot) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = ExamView.scene(new ExamView(new ExamViewModel(new ExamSession(TestKnowledge.ENGINE)),
                ExamFiles.chooser()), OpeningSize.within(new Rectangle2D(0, 0, 1024, 700))));
        assertTrue(scene[0].getWidth() <= 1024 && scene[0].getHeight() <= 700,
                "on a 1024×700 screen the window opens at " + scene[0].getWidth() + "×" + scene[0].getHeight());
    }

    @Test
    void theWindowOpensAt1280x800OnALargerScreenAndWithinTheScreenItOpensOn(FxRobot robot) {
        assertEquals(new OpeningSize(1280, 800), OpeningSize.within(new Rectangle2D(0, 0, 1920, 1040)));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = window.getScene();
        assertTrue(scene.getWidth() <= screen.getWidth() && scene.getHeight() <= screen.getHeight(),
                "the window opens at " + scene.getWidth() + "×" + scene.getHeight() + " on a " + screen.getWidth() + "×"
                        + screen.getHeight() + " screen");
    }

    private static void arrowTo(FxRobot robot, String id) {
        for (int i = 0; i < 6; i++) {
            Node focus = window.getScene().getFocusOwner();
            if (focus != null && id.equals(focus.getId())) {
                return;
            }
            robot.push(KeyCode.RIGHT);
        }
        throw new AssertionError("the arrow keys never reached #" + id);
    }

    private static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 100; i++) {
            Node focus = window.getScene().getFocusOwner();
            if (focus != null && id.equals(focus.getId())) {
                return;
            }
            robot.push(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @Test
    void openingABadFileShowsAnErrorAndKeepsTheExam(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-redflag-fever_or_unwell-no");
        Exam before = session.exam();
        fileToOpen = Files.writeString(dir.resolve("broken.json"), "{\"format\":\"exam/1\",\"findings\":{\"nerve.slr\":");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup("#error").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Could not open broken.json: truncated JSON"), error);
        assertEquals(before, session.exam());

        fileToOpen = Files.writeString(dir.resolve("good.json"), "{\"format\":\"exam/1\",\"side\":\"left\",\"findings\":{\"nerve.fair\":\"positive\"}}");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#error").queryAs(Label.class).getText());
        assertEquals(new FindingValue.Choice("positive"), session.exam().value("nerve.fair"));
        assertFalse(session.exam().has("redflag.fever_or_unwell"));
        window.click("step-nerve");
        assertTrue(robot.lookup("#f-nerve-fair-positive").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the form follows the opened exam");
    }

    @Test
    void theSummaryCopiesANoteAndExportsThePdf(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("patient-label", "P-0142");
        window.click("f-redflag-cancer_history-yes");
        window.click("step-summary");
        window.type("record-plan", "Review in two weeks.");
        assertEquals("Review in two weeks.", session.exam().record().plan(), "the plan rides in the exam's record; the field shows "
                + robot.lookup("#record-plan").queryAs(javafx.scene.control.TextArea.class).getText() + ", focus on "
                + ExamWindowTest.window.getScene().getFocusOwner());
        window.click("copy-summary");
        assertEquals("Summary copied to the clipboard.", robot.lookup("#status").queryAs(Label.class).getText());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0].startsWith("Patient P-0142, side not recorded, "), copied[0]);
        assertTrue(copied[0].contains("\nA: URGENT: possible malignancy (history of cancer). "), copied[0]);
        assertTrue(copied[0].contains("Red-flag screen not complete (1 of "), copied[0]);
        assertTrue(copied[0].contains("positive for history of cancer."), "the one question asked, by name: " + copied[0]);
        assertTrue(copied[0].contains("\nP: Urgent medical review this week"), "the flag's action leads the plan: " + copied[0]);
        assertTrue(copied[0].contains("Clinician's plan: Review in two weeks."), copied[0]);

        noteTarget = dir.resolve("note.pdf");
        window.click("export-note");
        assertTrue(Files.size(noteTarget) > 10_000, "the note was written");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Note written to note.pdf"));
    }

    @Test
    void durationIsTypedInDaysWeeksOrMonthsAndStoredInWeeks(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-duration_weeks-unit-months");
        window.type("f-history-duration_weeks", "3");
        assertEquals(new FindingValue.Count(13), session.exam().value("history.duration_weeks"), "3 months = 13 weeks");
        window.click("f-history-duration_weeks-unit-days");
        assertEquals(new FindingValue.Count(0), session.exam().value("history.duration_weeks"), "3 days rounds to 0 weeks");
        window.type("f-history-duration_weeks", "10");
        assertEquals(new FindingValue.Count(1), session.exam().value("history.duration_weeks"));
        window.click("f-history-duration_weeks-unit-weeks");
        assertEquals(new FindingValue.Count(10), session.exam().value("history.duration_weeks"));
    }

    @Test
    void anOutOfRangeNumberIsMarkedAndNotRecorded(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("f-history-nrs_now", "12");
        javafx.scene.control.TextField field = robot.lookup("#f-history-nrs_now").queryAs(javafx.scene.control.TextField.class);
        assertTrue(field.getStyleClass().contains("invalid"));
        assertFalse(session.exam().has("history.nrs_now"), "an impossible pain score is never recorded");
        window.type("f-history-nrs_now", "7");
        assertFalse(field.getStyleClass().contains("invalid"));
        assertEquals(new FindingValue.Count(7), session.exam().value("history.nrs_now"));
    }
}
