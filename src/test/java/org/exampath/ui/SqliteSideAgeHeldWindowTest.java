package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
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
 * Two app instances on one SQLite file, through Anna's window: Ben changes the side or the age from his window while
 * Anna's still shows the one she read, and her change of it is refused. As with a plan held, the conflict panel names the
 * entry, both values and Ben; the form shows Ben's value, so the red flags follow what is stored (symptoms below the knee
 * on both sides raise the cauda equina flag); Keep theirs leaves Ben's value with nothing written in Anna's name, and Use
 * mine puts hers back and stores it as her change. Where her refused side raised a flag Ben's does not, the row names
 * it in red until she chooses.
 */
@ExtendWith(ApplicationExtension.class)
class SqliteSideAgeHeldWindowTest {
    private static final String CAUDA_EQUINA = "#red-flag-cauda_equina";
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private ExamSession session;
    private Autosave autosave;
    private ExamViewModel model;
    private long id;

    @Start
    void start(Stage stage) {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(annasApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        model = new ExamViewModel(session, autosave);
        stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        bensApp.close();
        annasApp.close();
    }

    @Test
    void bensSideIsInTheFormWithItsFlagAndKeepTheirsWritesNothingInHerName(FxRobot robot) throws Exception {
        WindowRobot form = sideHeld(robot);
        assertEquals("Side", text(robot, "#conflict-encounter-side-label"));
        assertEquals("bilateral", text(robot, "#conflict-encounter-side-theirs"));
        assertEquals("ben", text(robot, "#conflict-encounter-side-set-by"));
        assertEquals("right", text(robot, "#conflict-encounter-side-yours"));
        assertTrue(model.conflicts().headerProperty().get().contains("A colleague changed the side"),
                model.conflicts().headerProperty().get());
        assertTrue(model.conflicts().textHeldProperty().get(), "hers is held: Got it waits for her choice");

        form.click("conflict-encounter-side-keep-theirs");
        assertFalse(robot.lookup("#conflict-panel").query().isVisible());
        assertTrue(toggle(robot, "#side-bilateral").isSelected(), "the form keeps Ben's side");
        assertTrue(flagShown(robot), "and the flag it raises");
        autosave.flush();
        assertEquals(Side.BILATERAL, stored().side());
        assertEquals(List.of("anna: left", "ben: bilateral"), sideAudit(), "nothing of Anna's side after Ben's");
    }

    @Test
    void useMinePutsHerSideBackAndStoresItAsHerChange(FxRobot robot) throws Exception {
        WindowRobot form = sideHeld(robot);
        form.click("conflict-encounter-side-use-mine");
        assertTrue(toggle(robot, "#side-right").isSelected());
        assertFalse(flagShown(robot), "one side: the flag goes with Ben's");
        assertFalse(model.conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().side() == Side.RIGHT);
        assertEquals(List.of("anna: left", "ben: bilateral", "anna: right"), sideAudit(),
                "her side over Ben's is her deliberate change, his kept in the audit");
    }

    @Test
    void herRefusedSideThatRaisedAFlagIsARedRowAndUseMinePutsTheFlagBack(FxRobot robot) throws Exception {
        WindowRobot form = started(robot, "Flag side patient");
        form.click("side-left");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().side() == Side.LEFT);
        bensWindow(his -> his.setSide(Side.RIGHT));

        form.click("side-bilateral");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toggle(robot, "#side-right").isSelected(), "the form shows Ben's side");
        assertFalse(flagShown(robot), "Ben's one side raises no cauda equina flag in the lane");
        Label flag = robot.lookup("#conflict-encounter-side-flag").queryAs(Label.class);
        assertTrue(flag.getText().contains("Your entry (bilateral) raised"), flag.getText());
        assertTrue(flag.getStyleClass().contains("red-flag"));
        assertTrue(model.conflicts().flagHiddenProperty().get(), "the flag her side raised is named until she chooses");

        form.click("conflict-encounter-side-use-mine");
        assertTrue(toggle(robot, "#side-bilateral").isSelected());
        assertTrue(flagShown(robot), "her side, used again, raises the flag in the lane");
        assertFalse(model.conflicts().flagHiddenProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().side() == Side.BILATERAL);
        assertEquals(List.of("anna: left", "ben: right", "anna: bilateral"), sideAudit());
    }

    @Test
    void anAgeBenChangedIsHeldAndUseMineAsksBeforeItReplacesOneSheEnteredSince(FxRobot robot) throws Exception {
        WindowRobot form = started(robot, "Age patient");
        enterAge(robot, form, "60");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Integer.valueOf(60).equals(stored().patient().age()));
        bensWindow(his -> his.setPatient(his.exam().patient().withAge(72)));

        enterAge(robot, form, "45");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("72", ((TextField) form.node("patient-age")).getText(), "the form shows Ben's age");
        assertEquals(Integer.valueOf(72), session.exam().patient().age(), "the engine is given Ben's age");
        assertEquals("72", text(robot, "#conflict-encounter-age-theirs"));
        assertEquals("ben", text(robot, "#conflict-encounter-age-set-by"));
        assertEquals("45", text(robot, "#conflict-encounter-age-yours"));
        assertEquals(Integer.valueOf(72), stored().patient().age(), "Ben's age stands");

        // she enters another age over Ben's: her change, saved as she makes it
        enterAge(robot, form, "50");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Integer.valueOf(50).equals(stored().patient().age()));
        form.click("conflict-encounter-age-use-mine");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#use-mine-cancel"));
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("You changed the age since", asked.getHeaderText());
        assertTrue(robot.lookup("#use-mine-after").tryQuery().isEmpty(), "an age is not put after another");
        robot.clickOn("#use-mine-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("50", ((TextField) form.node("patient-age")).getText(), "Cancel changes nothing");
        assertTrue(model.conflicts().textHeldProperty().get(), "hers is still held");

        form.click("conflict-encounter-age-use-mine");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#use-mine-replace"));
        robot.clickOn("#use-mine-replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("45", ((TextField) form.node("patient-age")).getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Integer.valueOf(45).equals(stored().patient().age()));
        List<String> ages = new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id).stream()
                .filter(a -> a.finding().equals("patient.birth_year")).map(a -> a.clinician()).toList();
        assertEquals(List.of("anna", "ben", "anna", "anna"), ages, "60, Ben's 72, her 50, her 45: each in its own name");
    }

    /** Anna's window with a label and symptoms below the knee, saved, and its encounter's id kept. */
    private WindowRobot started(FxRobot robot, String label) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", label);
        form.click("f-history-region-below_knee");
        assertEquals(FindingValue.Flag.YES, session.exam().value("history.region.below_knee"));
        WindowRobot.waitForSaveStatus(robot, "Saved");
        id = autosave.encounterIdProperty().get();
        return form;
    }

    /** Anna's right side refused because Ben set both sides from his window: his in the form, hers in the panel. */
    private WindowRobot sideHeld(FxRobot robot) throws Exception {
        WindowRobot form = started(robot, "Side patient");
        form.click("side-left");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stored().side() == Side.LEFT);
        assertFalse(flagShown(robot), "one side: no cauda equina flag");
        bensWindow(his -> his.setSide(Side.BILATERAL));

        form.click("side-right");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(toggle(robot, "#side-bilateral").isSelected(), "the form shows Ben's side");
        assertEquals(Side.BILATERAL, session.exam().side());
        assertTrue(flagShown(robot), "the flags are worked out on the side stored: symptoms in both legs");
        assertEquals(Side.BILATERAL, stored().side(), "Ben's side stands");
        return form;
    }

    /** Ben's window, in his own app on the same file, opens the encounter and makes {@code change}. */
    private void bensWindow(Consumer<ExamSession> change) throws Exception {
        ExamSession his = new ExamSession(TestKnowledge.ENGINE);
        Autosave bens = new Autosave(his, new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "ben", Clock.systemUTC());
        try {
            java.util.concurrent.CompletableFuture<?>[] loaded = new java.util.concurrent.CompletableFuture<?>[1];
            WindowRobot.onFx(() -> loaded[0] = bens.load(id));
            loaded[0].get(20, TimeUnit.SECONDS);
            Exam before = stored();
            WindowRobot.onFx(() -> change.accept(his));
            bens.flush();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stored().equals(before));
        } finally {
            bens.shutdown();
        }
    }

    /** The exam as stored, read through a store of its own (a read sets the base of the store that reads). */
    private Exam stored() {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().exam();
    }

    /** The side's audit rows as "who: new side". */
    private List<String> sideAudit() {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id).stream().filter(a -> a.finding().equals("encounter.side"))
                .map(a -> a.clinician() + ": " + ((FindingValue.Choice) a.newValue()).value()).toList();
    }

    private boolean flagShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(CAUDA_EQUINA).tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    /** Puts {@code text} in place of the age in one go, as a paste does, so one age is entered, not each keystroke. */
    private static void enterAge(FxRobot robot, WindowRobot form, String text) {
        form.click("patient-age");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, text)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
