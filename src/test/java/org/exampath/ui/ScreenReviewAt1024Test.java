package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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
 * A screen review at 1024x700: the strip's figures say they are not shares of one whole, and a range on the form
 * is written with an en dash ("0–10"), as the number fields' own examples are.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenReviewAt1024Test {
    /** A range written with a hyphen: "(0-10)", "(L3-4)"; a date such as 2026-11-28 is not one. */
    private static final Pattern HYPHEN_RANGE = Pattern.compile("(?<![\\d-])[A-Z]?\\d{1,3}-[A-Z]?\\d{1,3}(?![\\d-])");

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
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

    @Test
    void theTopHypothesesSayEachIsScoredOnItsOwnSoTheyMayAddUpPastAHundred(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.click("f-history-region-deep_mid_buttock");
        window.click("f-history-region-posterior_thigh");
        window.click("f-history-quality-burning-yes");
        WaitForAsyncUtils.waitForFxEvents();
        Label top = robot.lookup("#strip-top").queryAs(Label.class);
        Label note = robot.lookup("#strip-top-note").queryAs(Label.class);
        VBox strip = robot.lookup("#summary-strip").queryAs(VBox.class);
        assertEquals("Each scored on its own; sources can co-exist.", note.getText(), "the summary's words, short");
        assertTrue(note.isVisible(), "shown with the figures");
        assertEquals(strip.getChildren().indexOf(top) + 1, strip.getChildren().indexOf(note), "right under the figures");
        Text drawn = (Text) note.lookup(".text");
        assertEquals(note.getText(), drawn.getText(), "whole at 1024 wide, not cut to '...'");
        Bounds inStrip = strip.sceneToLocal(note.localToScene(note.getLayoutBounds()));
        assertTrue(inStrip.getMinX() >= 0 && inStrip.getMaxX() <= strip.getWidth() + 0.5, "inside the strip: " + inStrip);
        assertTrue(top.getAccessibleText().endsWith("the figures need not add up to 100%."), "a screen reader hears the longer why with the figures: "
                + top.getAccessibleText());
    }

    @Test
    void everyRangeOnTheFormIsWrittenWithAnEnDash(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        List<String> hyphened = new ArrayList<>();
        for (String step : List.of("history", "palpation", "strength", "nerve", "summary")) {
            window.click("step-" + step);
            WaitForAsyncUtils.waitForFxEvents();
            WindowRobot.onFx(() -> {
                for (Node n : robot.lookup(node -> true).queryAll()) {
                    String shown = n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText()
                            : n instanceof TextInputControl f ? f.getPromptText() : null;
                    if (shown != null && HYPHEN_RANGE.matcher(shown).find()) {
                        hyphened.add(step + ": " + shown);
                    }
                }
            });
        }
        window.click("step-history");
        assertEquals("Pain now (0–10)", ((Label) window.node("f-history-nrs_now-row").lookup(".finding-label")).getText());
        assertEquals(List.of(), hyphened.stream().distinct().toList(), "ranges written with a hyphen");
    }
}
