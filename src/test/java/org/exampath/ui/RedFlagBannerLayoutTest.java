package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
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
 * The pinned red-flag banner with several flags standing, at the smallest supported window (1024×700)
 * and a common laptop's (1366×800). Every line of every flag can be read inside the window (the flags
 * scroll within the banner once they outgrow their share of the panel), while the screen's reminder
 * and the summary strip stay in the window without any scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagBannerLayoutTest {
    /** An older woman on long-term steroids with a history of cancer, now feverish and unwell: three urgent flags. */
    private static final Exam THREE_URGENT = Exams.of().patient(72, Sex.FEMALE).yes("history.region.deep_mid_buttock",
            "redflag.cancer_history", "redflag.unexplained_weight_loss", "redflag.osteoporosis_or_steroids",
            "redflag.fever_or_unwell", "redflag.immunosuppressed").exam();
    /** The same picture with saddle numbness, a bladder change, trauma and progressive weakness: an emergency and four more. */
    private static final Exam EMERGENCY_AND_FOUR = Exams.of().patient(72, Sex.FEMALE).yes("history.region.deep_mid_buttock",
            "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.cancer_history",
            "redflag.unexplained_weight_loss", "redflag.fever_or_unwell", "redflag.iv_drug_use", "redflag.osteoporosis_or_steroids",
            "redflag.major_trauma", "redflag.progressive_weakness").exam();

    @TempDir
    Path dir;

    private Stage stage;
    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage primary) {
        // each test opens its own window at its size: a shown window is never resized under the renderer
    }

    @AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        if (autosave != null) {
            autosave.shutdown();
        }
        if (db != null) {
            db.close();
        }
    }

    /** A new window of the given size showing {@code exam}; with a store, each flag has its "Action taken" field. */
    private void open(FxRobot robot, double width, double height, Exam exam, boolean withStore) {
        robot.interact(() -> {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            if (withStore) {
                db = Database.open(dir.resolve("exampath.db"));
                autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC()), "anna", Clock.systemUTC());
            }
            stage = new Stage();
            stage.setScene(ExamView.scene(new ExamView(withStore ? new ExamViewModel(session, autosave) : new ExamViewModel(session),
                    ExamFiles.chooser())));
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            session.replace(exam);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void threeUrgentFlagsAndTheStripStayInViewAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, THREE_URGENT, false);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window: " + cut);
    }

    @Test
    void everyStandingFlagCanBeReadAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR, false);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window, with no scroll to reach them: " + cut);
        // the line under the scrolling box names every flag, so none is out of sight even when scrolled past
        javafx.scene.control.Label more = robot.lookup("#flags-more").queryAs(javafx.scene.control.Label.class);
        assertTrue(more.isVisible());
        for (org.exampath.reasoning.RedFlag f : TestKnowledge.ENGINE.assess(EMERGENCY_AND_FOUR).redFlags()) {
            if (!f.noted()) {
                String name = org.exampath.ui.hypotheses.HypothesisPanelViewModel.shortLabel(f.label());
                assertTrue(more.getText().contains(name), name + " not named in: " + more.getText());
            }
        }
    }

    @Test
    void everyStandingFlagWithItsActionFieldCanBeReadAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR, true);
        assertTrue(robot.lookup("#ack-cauda_equina-text").tryQuery().isPresent(), "each flag has its action field");
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window, with no scroll to reach them: " + cut);
    }

    @Test
    void everyStandingFlagCanBeReadAt1366x800(FxRobot robot) {
        open(robot, 1366, 800, EMERGENCY_AND_FOUR, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window, with no scroll to reach them: " + cut);
    }

    @Test
    void everyStandingFlagCanBeReadInTheWindowAsItOpensOnA1024x700Screen(FxRobot robot) {
        open(robot, 1008, 660, EMERGENCY_AND_FOUR, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window, with no scroll to reach them: " + cut);
    }

    @Test
    void threeUrgentFlagsAndTheStripStayInViewAtTheSmallestWindow(FxRobot robot) {
        open(robot, 960, 600, THREE_URGENT, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window: " + cut);
    }

    @Test
    void oneFlagNeedsNoScrolling(FxRobot robot) {
        open(robot, 1024, 700, Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.cancer_history",
                "redflag.unexplained_weight_loss").exam(), true);
        assertEquals(List.of("red-flag-malignancy"), robot.lookup(".red-flag").queryAll().stream().map(Node::getId).toList());
        assertFalse(robot.lookup("#flags-more").query().isVisible(), "one flag fits its share: no line says to scroll");
        assertTrue(unreadable(robot).isEmpty(), unreadable(robot).toString());
    }

    @Test
    void anActionFieldThatTakesTheFocusIsScrolledIntoView(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR, true);
        Node viewport = robot.lookup("#red-flag-scroll").query().lookup(".viewport");
        Node lowest = robot.lookup("#red-flag-banner .text-field").queryAll().stream()
                .max(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY())).orElseThrow();
        Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
        assertTrue(lowest.localToScene(lowest.getBoundsInLocal()).getMinY() > view.getMaxY(), "the last flag's field starts out of view");
        robot.interact(lowest::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds field = lowest.localToScene(lowest.getBoundsInLocal());
        assertTrue(field.getMinY() >= view.getMinY() - 0.5 && field.getMaxY() <= view.getMaxY() + 0.5,
                "the focused field " + field + " lies in the banner's view " + view);
    }

    /**
     * What cannot be read inside the window. The screen's reminder, the strip's lines, the panel's scrolling
     * details and the status line must lie in the window as it opens and outside any scroll. Every other line of the banner, and each flag's action field,
     * must lie in the window once the banner's own scroll (if it has one) brings it into view, and then
     * wholly inside that scroll's view (a line taller than the view starting at its top, to be read on by scrolling).
     */
    private List<String> unreadable(FxRobot robot) {
        List<String> out = new ArrayList<>();
        double bottom = stage.getScene().getHeight();
        for (String id : new String[] {"screen-reminder", "strip-top", "strip-next", "panel-scroll", "status"}) {
            Node n = robot.lookup("#" + id).query();
            if (n.isVisible()) {
                if (scrollAround(n) != null) {
                    out.add("#" + id + " lies in a scroll");
                }
                Bounds b = n.localToScene(n.getBoundsInLocal());
                if (b.getMaxY() > bottom + 0.5) {
                    out.add("#" + id + " ends at " + Math.round(b.getMaxY()) + " > " + Math.round(bottom));
                }
            }
        }
        List<Node> lines = new ArrayList<>(robot.lookup("#red-flag-banner .label").queryAll());
        lines.addAll(robot.lookup("#red-flag-banner .text-field").queryAll());
        for (Node n : lines) {
            if (!n.isVisible()) {
                continue;
            }
            ScrollPane scroll = scrollAround(n);
            Bounds view = null;
            if (scroll != null) {
                bringIntoView(robot, scroll, n);
                Node viewport = scroll.lookup(".viewport");
                view = viewport.localToScene(viewport.getBoundsInLocal());
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            String name = n instanceof Label l ? "\"" + l.getText() + "\"" : n.getId() == null ? n.toString() : "#" + n.getId();
            if (b.getMaxY() > bottom + 0.5) {
                out.add(name + " ends at " + Math.round(b.getMaxY()) + " > " + Math.round(bottom));
            } else if (view != null && (b.getMinY() < view.getMinY() - 0.5
                    || b.getMaxY() > view.getMaxY() + 0.5 && b.getHeight() <= view.getHeight())) {
                out.add(name + " (" + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxY()) + ") cannot be scrolled wholly into its view ("
                        + Math.round(view.getMinY()) + "–" + Math.round(view.getMaxY()) + ")");
            }
        }
        return out;
    }

    /** The banner's scroll {@code node} lies in, if any (the panel's own scroll below the strip is not the banner's). */
    private static ScrollPane scrollAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** Scrolls {@code scroll} so that {@code node}'s top sits at the top of its view (as far as the scroll goes). */
    private static void bringIntoView(FxRobot robot, ScrollPane scroll, Node node) {
        robot.interact(() -> {
            Node content = scroll.getContent();
            double free = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            scroll.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, top / free)));
            scroll.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
