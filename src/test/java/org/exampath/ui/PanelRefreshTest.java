package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.text.Describe;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.WrappedLabel;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel and form are updated in place on every answer, their heights measured once per change:
 * after a run of answers (a flag raised and taken back, reasons open) they must look exactly as a
 * window opened fresh on the same exam, and the next tests must stand in the engine's order.
 */
@ExtendWith(ApplicationExtension.class)
class PanelRefreshTest {
    private final List<Stage> stages = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // each test opens its own windows
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stages.forEach(Stage::close));
    }

    private ExamSession open(FxRobot robot, ExamSession session) {
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session), ExamFiles.chooser())));
            stage.show();
            stages.add(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return session;
    }

    private static void answer(FxRobot robot, ExamSession session, String id, FindingValue value) {
        robot.interact(() -> session.set(id, value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWrappedLabelThatGrowsOrShrinksResizesItsColumn(FxRobot robot) {
        WrappedLabel label = new WrappedLabel("short");
        Column column = new Column(2, label);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Column(0, column), 160, 400));
            stage.show();
            stages.add(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = column.getHeight();
        robot.interact(() -> label.setText("a much longer sentence that cannot fit on one line of a narrow column"));
        WaitForAsyncUtils.waitForFxEvents();
        double wrapped = column.getHeight();
        robot.interact(() -> label.setText("short"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wrapped > 2 * oneLine, "the column grew with its label: " + oneLine + " -> " + wrapped);
        assertEquals(oneLine, column.getHeight(), 0.01, "and shrank back");
    }

    @Test
    void afterARunOfAnswersThePanelLooksAsAFreshWindowOnTheSameExam(FxRobot robot) {
        ExamSession worked = open(robot, new ExamSession(TestKnowledge.ENGINE));
        answer(robot, worked, "history.quality.deep_ache", FindingValue.Flag.YES);
        answer(robot, worked, "history.aggravator.sitting", FindingValue.Flag.YES);
        robot.interact(() -> ((ButtonBase) stages.get(0).getScene().lookup("#hyp-deep_gluteal_syndrome-why")).fire());
        answer(robot, worked, "redflag.cancer_history", FindingValue.Flag.YES);
        answer(robot, worked, "history.onset", new FindingValue.Choice("gradual_no_cause"));
        answer(robot, worked, "redflag.cancer_history", FindingValue.Flag.NO);
        answer(robot, worked, "history.quality.burning", FindingValue.Flag.YES);
        answer(robot, worked, "history.aggravator.stairs", FindingValue.Flag.NO);
        ExamSession fresh = new ExamSession(TestKnowledge.ENGINE);
        fresh.replace(worked.exam());
        open(robot, fresh);
        robot.interact(() -> ((ButtonBase) stages.get(1).getScene().lookup("#hyp-deep_gluteal_syndrome-why")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        robot.interact(() -> {
            for (String part : List.of("#hypothesis-panel", "#page-history")) {
                geometry(stages.get(0).getScene().lookup(part), before);
                geometry(stages.get(1).getScene().lookup(part), after);
            }
        });
        assertFalse(before.isEmpty());
        assertEquals(after, before);
    }

    @Test
    void theNextTestsStandInTheEnginesOrderAfterEachAnswer(FxRobot robot) {
        ExamSession session = open(robot, new ExamSession(TestKnowledge.ENGINE));
        String[] ids = {"history.quality.deep_ache", "history.aggravator.sitting", "history.aggravator.stairs",
            "history.aggravator.sitting", "history.quality.tingling"};
        FindingValue[] values = {FindingValue.Flag.YES, FindingValue.Flag.YES, FindingValue.Flag.YES, FindingValue.Flag.NO,
            FindingValue.Flag.YES};
        for (int i = 0; i < ids.length; i++) {
            answer(robot, session, ids[i], values[i]);
            List<String> shown = new ArrayList<>();
            robot.interact(() -> ((Parent) stages.get(0).getScene().lookup("#next-tests")).getChildrenUnmodifiable()
                    .forEach(entry -> shown.add(((Parent) entry).getChildrenUnmodifiable().get(0).getId())));
            List<String> engine = session.assessment().nextTests().stream().map(t -> "next-" + Describe.nodeId(t.finding())).toList();
            assertEquals(engine, shown, "after " + ids[i]);
        }
    }

    /** Each visible node with an id or text: where it sits in the part and its size, rounded to a tenth of a pixel. */
    private static void geometry(Node part, Map<String, String> out) {
        double top = part.localToScene(part.getBoundsInLocal()).getMinY();
        walk(part, top, "", out);
    }

    private static void walk(Node node, double top, String path, Map<String, String> out) {
        if (!node.isVisible()) {
            return;
        }
        String name = path + "/" + (node.getId() != null ? node.getId()
                : node instanceof Labeled l ? "'" + l.getText() + "'" : node.getClass().getSimpleName());
        if (node.getId() != null || node instanceof Labeled) {
            var b = node.localToScene(node.getLayoutBounds());
            out.merge(name, String.format(java.util.Locale.ROOT, "y %.1f h %.1f w %.1f", b.getMinY() - top, b.getHeight(),
                    b.getWidth()), (x, y) -> x + "; " + y);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, top, node.getId() != null ? "/" + node.getId() : path, out);
            }
        }
    }
}
