package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review 40: what a screen reader is told about the control it lands on by Tab: its text, its help and the label
 * that names it, all read through the node's accessibility attributes.
 */
@ExtendWith(ApplicationExtension.class)
class Review40AccessibleNamesTest {
    @TempDir
    Path dir;
    private SizedExamWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    private void open(FxRobot robot) throws Exception {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, Exam.empty());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#f-history-quality-deep_ache-unset") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** All a screen reader can say of the node: its accessible text, its help, and the text of the label naming it. */
    static String spoken(Node node) {
        String[] out = new String[1];
        WindowRobot.onFx(() -> {
            Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            Object help = node.queryAccessibleAttribute(AccessibleAttribute.HELP);
            Object by = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            Object byText = by instanceof Node label ? label.queryAccessibleAttribute(AccessibleAttribute.TEXT) : null;
            out[0] = "text '" + text + "', help '" + help + "', labelled by '" + byText + "'";
        });
        return out[0];
    }

    private Node node(String id) {
        Node[] n = new Node[1];
        WindowRobot.onFx(() -> n[0] = window.stage().getScene().lookup("#" + id));
        return n[0];
    }

    /** The "–" a question's Tab stop lands on says which question it belongs to and that it means "not asked". */
    @Test
    void aQuestionsNotAskedButtonNamesItsQuestionToAScreenReader(FxRobot robot) throws Exception {
        open(robot);
        String question = ((Label) node("f-history-quality-deep_ache-row").lookup(".finding-label")).getText();
        String spoken = spoken(node("f-history-quality-deep_ache-unset"));
        assertTrue(spoken.contains(question) && spoken.toLowerCase().contains("not asked"),
                "the Tab stop of the question '" + question + "' is read as " + spoken
                + ": a screen reader says a bare dash, never the question nor 'not asked'");
    }

    /** Each hypothesis's "why?" says whose reasons it opens: the panel has ten of them in a row. */
    @Test
    void aHypothesisWhyNamesItsHypothesisToAScreenReader(FxRobot robot) throws Exception {
        open(robot);
        String spoken = spoken(node("hyp-hip_joint-why"));
        assertTrue(spoken.toLowerCase().contains("hip"),
                "the 'why?' of the hip joint hypothesis is read as " + spoken + ", the same as the nine others beside it");
    }

    /** Settings' two fields are named by the labels beside them ("Clinician", "Clinic"), so a screen reader says which is which. */
    @Test
    void theSettingsFieldsAreNamedByTheirLabels(FxRobot robot) throws Exception {
        open(robot);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#settings-clinician").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node clinician = robot.lookup("#settings-clinician").query();
        String spoken = spoken(clinician);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(spoken.contains("Clinician"),
                "the Settings field for the name that signs every note is read as " + spoken + ": no label names it");
    }
}
