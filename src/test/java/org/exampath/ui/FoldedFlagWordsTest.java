package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An urgent flag in the narrow panel of the smallest window: its action ("this week", "bloods", "MRI") is read whole,
 * never cut, and its "Action taken" field can be read whole, its examples in its tip.
 */
@ExtendWith(ApplicationExtension.class)
class FoldedFlagWordsTest {
    /** Cancer and weight loss: one urgent flag. */
    private static final Exam ONE_URGENT = Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.cancer_history",
            "redflag.unexplained_weight_loss").exam();

    @TempDir
    Path dir;

    private SizedExamWindow window;

    @Start
    void start(Stage primary) {
        // the test opens its own window at its size
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    @Test
    void anUrgentFlagsActionIsReadWholeAtEveryWidthFrom1024(FxRobot robot) {
        String action = org.exampath.TestKnowledge.ENGINE.assess(ONE_URGENT).redFlags().stream()
                .filter(f -> f.id().equals("malignancy")).findFirst().orElseThrow().action();
        List<String> cut = new ArrayList<>();
        for (int width = 1024; width <= 1144; width += 15) {
            open(robot, width);
            javafx.scene.control.Label flag = robot.lookup("#red-flag-malignancy").queryAs(javafx.scene.control.Label.class);
            String full = flag.getText().replace("\n", " ");
            String shown = flag.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .findFirst().orElseThrow().replace("\n", " ");
            assertTrue(full.endsWith(action), "the flag's line carries its whole action at " + width + ": " + full);
            // the when and the what ("this week", "bloods", "MRI") are never behind an ellipsis or "more"
            if (shown.stripTrailing().endsWith("...") || !shown.contains("this week") || !shown.contains("MRI")) {
                cut.add(width + ": " + shown);
            }
            window.close(robot);
            window = null;
        }
        assertEquals(List.of(), cut, "the urgent action is read whole at each width");
    }

    @Test
    void theActionFieldsPromptIsReadWholeAt1024x700AndItsTipGivesExamples(FxRobot robot) {
        open(robot);
        TextField field = robot.lookup("#ack-malignancy-text").queryAs(TextField.class);
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        assertFalse(field.getPromptText().isBlank(), "the field says what it is for");
        assertTrue(prompt.getLayoutBounds().getWidth() <= room,
                "\"" + field.getPromptText() + "\" (" + Math.round(prompt.getLayoutBounds().getWidth()) + " px) fits the field's "
                        + Math.round(room) + " px");
        // Tooltip.install keeps the tip among the node's properties under this key
        Tooltip tip = (Tooltip) field.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip != null && tip.getText().contains("referred to ED"), "the tip gives examples: " + (tip == null ? null : tip.getText()));
    }

    /** A window of 1024×700 (or the width given), saving to a store (so the flag has its action field), showing one urgent flag. */
    private void open(FxRobot robot) {
        open(robot, 1024);
    }

    private void open(FxRobot robot, double width) {
        window = SizedExamWindow.open(robot, dir.resolve("exampath-" + width + ".db"), width, 700, ONE_URGENT);
    }
}
