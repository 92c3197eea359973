package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
 * Two app instances on one SQLite file, through Anna's window: Ben's window changes the plan while Anna is writing hers.
 * As in the clinic store's window, her save of the plan is refused; the conflict panel holds both texts and who set
 * his, the form shows Ben's, what she types on it is saved as her change, and Keep theirs / Use mine behave as there.
 * The audit names only what each of them entered, and the note gives the plan as stored.
 */
@ExtendWith(ApplicationExtension.class)
class SqlitePlanConflictWindowTest {
    private static final String ANNAS = "Refer to the spinal team this week; review in two weeks";
    private static final String BENS = "Physiotherapy: graded loading, review in six weeks";
    private static final String ADDED = "; MRI";
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private Autosave autosave;
    private ExamViewModel model;
    private long id;

    @Start
    void start(Stage stage) {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
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
    void hisPlanAndHersAreBothHeldWhatSheTypesOnHisIsSavedAndKeepTheirsKeepsIt(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        assertEquals("Plan", text(robot, "#conflict-encounter-plan-label"));
        assertEquals(BENS, text(robot, "#conflict-encounter-plan-theirs"));
        assertEquals("ben", text(robot, "#conflict-encounter-plan-set-by"));
        assertTrue(robot.lookup("#conflict-panel").query().isVisible());

        typeAtTheEnd(robot, plan, ADDED);
        String typed = BENS + ADDED;
        waitForStoredPlan(typed);
        assertEquals(ANNAS, text(robot, "#conflict-encounter-plan-yours"), "her first text is still held");

        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-keep-theirs");
        assertEquals(typed, plan.getText(), "the form keeps what she typed on his plan");
        assertFalse(model.conflicts().textHeldProperty().get());
        waitForStoredPlan(typed);
        List<String> audit = planAudit();
        assertEquals("ben: " + BENS, audit.get(0));
        assertEquals("anna: " + typed, audit.get(audit.size() - 1), "saved as she types on his text, as her change");
        assertTrue(audit.stream().skip(1).allMatch(a -> a.startsWith("anna: " + BENS)), "every change of hers is made on his");
        assertTrue(note().contains("Plan: " + typed), "the note gives the plan as stored");
        assertFalse(note().contains(ANNAS), "a text she put aside is not on the note");
        assertTrue(mayClose());
    }

    @Test
    void useMineAsksAndPutsHerHeldTextAfterWhatSheTyped(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        typeAtTheEnd(robot, plan, ADDED);
        String typed = BENS + ADDED;
        waitForStoredPlan(typed);

        DialogPane asked = pressUseMine(robot);
        assertEquals("You typed in the plan since", asked.getHeaderText());
        robot.clickOn("#use-mine-after");
        WaitForAsyncUtils.waitForFxEvents();
        String both = typed + "\n" + ANNAS;
        assertEquals(both, plan.getText(), "what she typed, then her held text");
        assertFalse(model.conflicts().textHeldProperty().get(), "chosen: nothing is held");
        waitForStoredPlan(both);
        List<String> audit = planAudit();
        assertEquals("anna: " + both, audit.get(audit.size() - 1), "her choice is her change");
        assertEquals(1, audit.stream().filter(a -> a.contains(ANNAS)).count(), "her held text is stored once, when she chose it");
        assertTrue(note().contains("Plan: " + both.replace("\n", " ")), "the note gives both, as stored");
        assertTrue(mayClose());
    }

    @Test
    void useMineWithNothingTypedPutsHersOverHisWithoutAsking(FxRobot robot) throws Exception {
        TextArea plan = heldPlan(robot);
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-use-mine");
        assertEquals(ANNAS, plan.getText());
        assertFalse(model.conflicts().textHeldProperty().get());
        waitForStoredPlan(ANNAS);
        assertEquals(List.of("ben: " + BENS, "anna: " + ANNAS), planAudit(),
                "her text over his is her deliberate change, with his kept in the audit");
        assertTrue(note().contains("Plan: " + ANNAS));
        assertTrue(mayClose());
    }

    /** Anna's plan refused because Ben changed it from his window: hers held in the panel, his in the form. */
    private TextArea heldPlan(FxRobot robot) throws Exception {
        WindowRobot form = new WindowRobot(robot, TestKnowledge.SHIPPED);
        form.type("patient-label", "Plan patient");
        form.click("f-redflag-cancer_history-no");
        WindowRobot.waitForSaveStatus(robot, "Saved");
        id = autosave.encounterIdProperty().get();
        bensWindowSavesPlan(BENS);
        form.go(Step.SUMMARY);
        TextArea plan = (TextArea) form.node("record-plan");
        form.click("record-plan");
        // pasted in one go, so that the text refused is hers whole
        WindowRobot.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(java.util.Map.of(
                javafx.scene.input.DataFormat.PLAIN_TEXT, ANNAS)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.conflicts().textHeldProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BENS, plan.getText(), "the form shows Ben's plan");
        assertEquals(ANNAS, text(robot, "#conflict-encounter-plan-yours"), "hers is held in the panel");
        assertEquals(BENS, storedPlan(), "his plan stands");
        return plan;
    }

    /** Ben's window, in his own app on the same file, opens the encounter and writes his plan. */
    private void bensWindowSavesPlan(String text) throws Exception {
        ExamSession his = new ExamSession(TestKnowledge.ENGINE);
        Autosave bens = new Autosave(his, new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "ben", Clock.systemUTC());
        try {
            java.util.concurrent.CompletableFuture<?>[] loaded = new java.util.concurrent.CompletableFuture<?>[1];
            WindowRobot.onFx(() -> loaded[0] = bens.load(id));
            loaded[0].get(20, TimeUnit.SECONDS);
            WindowRobot.onFx(() -> his.setNotes(null, text));
            bens.flush();
            waitForStoredPlan(text);
        } finally {
            bens.shutdown();
        }
    }

    private static void typeAtTheEnd(FxRobot robot, TextArea field, String text) {
        new WindowRobot(robot, TestKnowledge.SHIPPED).click(field.getId());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane pressUseMine(FxRobot robot) throws Exception {
        new WindowRobot(robot, TestKnowledge.SHIPPED).click("conflict-encounter-plan-use-mine");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WindowRobot.clickable(robot, "#use-mine-cancel"));
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** The plan as stored, read through a store of its own (a read sets the base of the store that reads). */
    private String storedPlan() {
        return new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).load(id).orElseThrow().exam().record().plan();
    }

    private void waitForStoredPlan(String wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wanted.equals(storedPlan()));
    }

    /**
     * The plan's audit rows as "who: new text", checked to be one chain: each row changes the text the one before left
     * (the first, none), so no row writes over a text its clinician never had.
     */
    private List<String> planAudit() {
        List<String> out = new java.util.ArrayList<>();
        FindingValue before = null;
        for (var a : new EncounterStore(bensApp, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER).audit(id)) {
            if (a.finding().equals("encounter.plan")) {
                assertEquals(before, a.oldValue(), "row " + out.size() + " of the plan's audit changes the text stored before it");
                before = a.newValue();
                out.add(a.clinician() + ": " + ((FindingValue.Choice) a.newValue()).value());
            }
        }
        return out;
    }

    /** The consultation note the window writes, as text on one line. */
    private String note() throws Exception {
        Path pdf = dir.resolve("note-" + System.nanoTime() + ".pdf");
        boolean[] written = new boolean[1];
        WindowRobot.onFx(() -> written[0] = model.exportNote(pdf));
        assertTrue(written[0], model.errorProperty().get());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private boolean mayClose() {
        boolean[] may = new boolean[1];
        WindowRobot.onFx(() -> may[0] = model.mayClose());
        return may[0];
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
