package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicEncounterStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.ui.exam.ExamWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a real PostgreSQL server, through the window: Carol changes the side or the sex while Alice's window still shows the
 * one it read, and Alice's change of it is refused. The conflict panel names the entry, both values and Carol; the form
 * shows Carol's value, so the red flags follow what is stored (symptoms below the knee on both sides raise the cauda
 * equina flag); Use mine puts Alice's back and stores it in her name, Keep theirs leaves Carol's with nothing of Alice's
 * written.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicSideSexHeldWindowTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("carol");
    @TempDir
    static Path dir;
    private final PgTestServer server = CLINIC.server();
    private final String carol = CLINIC.role("carol");
    private String alice;
    private ExamWindow window;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        alice = CLINIC.newClinician("aliceside");
        window = CLINIC.window(stage, alice, dir);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(window::close);
    }

    @Test
    void carolsSideIsInTheFormWithItsFlagAndUseMineStoresAlicesInHerName(FxRobot robot) throws Exception {
        WindowRobot form = started(robot, "Side patient C");
        form.click("side-left");
        waitForStored(e -> e.side() == Side.LEFT);
        assertFalse(flagShown(robot), "one side: no cauda equina flag");
        carolSaves(e -> e.withSide(Side.BILATERAL));

        form.click("side-right");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("bilateral", text(robot, "#conflict-encounter-side-theirs"));
        assertEquals(carol, text(robot, "#conflict-encounter-side-set-by"));
        assertEquals("right", text(robot, "#conflict-encounter-side-yours"));
        assertTrue(toggle(robot, "#side-bilateral").isSelected(), "the form shows Carol's side");
        assertTrue(flagShown(robot), "the flags are worked out on the side stored: symptoms in both legs");
        assertEquals(Side.BILATERAL, stored().exam().side(), "Carol's side stands");

        form.click("conflict-encounter-side-use-mine");
        assertTrue(toggle(robot, "#side-right").isSelected());
        assertFalse(flagShown(robot));
        assertFalse(window.model().conflicts().textHeldProperty().get());
        waitForStored(e -> e.side() == Side.RIGHT);
        List<String> sides = audit().stream().filter(a -> a.finding().equals("encounter.side"))
                .map(a -> a.clinician() + ": " + ((FindingValue.Choice) a.newValue()).value()).toList();
        assertEquals(List.of(alice + ": left", carol + ": bilateral", alice + ": right"), sides,
                "her side over Carol's is her deliberate change, in her name");
    }

    @Test
    void carolsSexIsInTheFormAndKeepTheirsWritesNothingOfAlices(FxRobot robot) throws Exception {
        WindowRobot form = started(robot, "Sex patient C");
        form.click("sex-male");
        waitForStored(e -> e.patient().sex() == Sex.MALE);
        carolSaves(e -> e.withPatient(e.patient().withSex(Sex.FEMALE)));

        form.click("sex-other");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sex", text(robot, "#conflict-encounter-sex-label"));
        assertEquals("female", text(robot, "#conflict-encounter-sex-theirs"));
        assertEquals(carol, text(robot, "#conflict-encounter-sex-set-by"));
        assertEquals("other", text(robot, "#conflict-encounter-sex-yours"));
        assertTrue(toggle(robot, "#sex-female").isSelected(), "the form shows Carol's sex");

        form.click("conflict-encounter-sex-keep-theirs");
        assertFalse(robot.lookup("#conflict-panel").query().isVisible());
        assertTrue(toggle(robot, "#sex-female").isSelected(), "the form keeps Carol's");
        window.model().autosave().flush();
        assertEquals(Sex.FEMALE, stored().exam().patient().sex());
        List<String> sexes = audit().stream().filter(a -> a.finding().equals("patient.sex"))
                .map(a -> a.clinician() + ": " + ((FindingValue.Choice) a.newValue()).value()).toList();
        assertEquals(List.of(alice + ": male", carol + ": female"), sexes,
                "neither her refused sex nor Carol's, put in her form, is written in her name");
    }

    /** Alice's window with a label and symptoms below the knee, saved, and its encounter's id kept. */
    private WindowRobot started(FxRobot robot, String label) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", label);
        form.click("f-history-region-below_knee");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        id = window.model().autosave().encounterIdProperty().get();
        return form;
    }

    private void carolSaves(UnaryOperator<Exam> change) {
        try (ClinicEncounterStore carols = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            Exam seen = carols.load(id).orElseThrow().exam();
            carols.save(id, null, change.apply(seen), carol);
        }
    }

    private Encounters.Encounter stored() {
        try (ClinicEncounterStore reader = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            return reader.load(id).orElseThrow();
        }
    }

    private List<Encounters.AuditEntry> audit() {
        try (ClinicEncounterStore reader = new ClinicEncounterStore(server.as(carol), Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            return reader.audit(id);
        }
    }

    private void waitForStored(java.util.function.Predicate<Exam> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wanted.test(stored().exam()));
    }

    private boolean flagShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#red-flag-cauda_equina").tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
