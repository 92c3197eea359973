package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pinned red-flag banner with flags standing, at the smallest supported window (1024×700) and a
 * common laptop's (1366×800). No flag sits in a scroll of its own: an urgent flag's action is read whole
 * with the first clause of what raised it, "more" showing the rest; a soon flag folds to its action's
 * first sentence. With one flag the banner, the strip and the top hypothesis lie in view as the window
 * opens; with more, the hypothesis list gives way (the panel scrolls as a whole, banner first), never a flag.
 */
@ExtendWith(ApplicationExtension.class)
class RedFlagBannerLayoutTest {
    /** An older woman on long-term steroids with a history of cancer, now feverish and unwell: three urgent flags. */
    private static final Exam THREE_URGENT = Exams.of().patient(72, Sex.FEMALE).yes("history.region.deep_mid_buttock",
            "redflag.cancer_history", "redflag.unexplained_weight_loss", "redflag.osteoporosis_or_steroids",
            "redflag.fever_or_unwell", "redflag.immunosuppressed").exam();
    /** Cancer and weight loss, fever in a man on immunosuppressants: two urgent flags. */
    private static final Exam TWO_URGENT = Exams.of().patient(71, Sex.MALE).yes("history.region.deep_mid_buttock",
            "redflag.cancer_history", "redflag.unexplained_weight_loss", "redflag.fever_or_unwell", "redflag.immunosuppressed").exam();
    private static final Exam ONE_URGENT = Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.cancer_history",
            "redflag.unexplained_weight_loss").exam();
    /** The same picture with saddle numbness, a bladder change, trauma and progressive weakness: an emergency and four more. */
    private static final Exam EMERGENCY_AND_FOUR = Exams.of().patient(72, Sex.FEMALE).yes("history.region.deep_mid_buttock",
            "redflag.saddle_anaesthesia", "redflag.bladder_bowel_change", "redflag.cancer_history",
            "redflag.unexplained_weight_loss", "redflag.fever_or_unwell", "redflag.iv_drug_use", "redflag.osteoporosis_or_steroids",
            "redflag.major_trauma", "redflag.progressive_weakness").exam();

    @TempDir
    Path dir;

    private SizedExamWindow window;

    @Start
    void start(Stage primary) {
        // each test opens its own window at its size: a shown window is never resized under the renderer
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    /** A new window of the given size showing {@code exam}; with a store, each flag has its "Action taken" field. */
    private void open(FxRobot robot, double width, double height, Exam exam, boolean withStore) {
        window = SizedExamWindow.open(robot, withStore ? dir.resolve("exampath.db") : null, width, height, exam);
    }

    @Test
    void oneUrgentFlagWholeAndTheTopHypothesisAreInViewAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, ONE_URGENT, true);
        assertEquals(List.of("red-flag-malignancy"), robot.lookup(".red-flag").queryAll().stream().map(Node::getId).toList());
        assertActionReadWhole(robot, "malignancy", ONE_URGENT);
        assertFlagsAndTopInView(robot, ONE_URGENT, 1);
    }

    @Test
    void twoUrgentFlagsAreReadWholeAt1024x700AndTheHypothesisListGivesWay(FxRobot robot) {
        open(robot, 1024, 700, TWO_URGENT, true);
        assertEquals(2, robot.lookup(".red-flag").queryAll().size(), "two flags stand");
        assertActionReadWhole(robot, "malignancy", TWO_URGENT);
        assertActionReadWhole(robot, "infection", TWO_URGENT);
        assertFlagsAndTopInView(robot, TWO_URGENT, 0);
        // the list is reached by scrolling the panel, below the flags
        assertTrue(robot.lookup("#hyp-" + TestKnowledge.ENGINE.assess(TWO_URGENT).hypotheses().get(0).id()).tryQuery().isPresent());
    }

    @Test
    void twoUrgentFlagsWholeAndTheTopHypothesisAreInViewAt1366x800(FxRobot robot) {
        open(robot, 1366, 800, TWO_URGENT, true);
        assertActionReadWhole(robot, "malignancy", TWO_URGENT);
        assertActionReadWhole(robot, "infection", TWO_URGENT);
        assertFlagsAndTopInView(robot, TWO_URGENT, 1);
    }

    @Test
    void aSoonFlagFoldsToItsActionsFirstSentenceWholeAt1024x700(FxRobot robot) {
        // a weak ankle whose course was not asked: a soon deficit flag, whose action says what to ask now, then what next
        Exam soon = Exams.of().patient(50, Sex.MALE).yes("history.region.deep_mid_buttock").is("neuro.myotome.L5", "weak").exam();
        open(robot, 1024, 700, soon, true);
        org.exampath.reasoning.RedFlag flag = TestKnowledge.ENGINE.assess(soon).redFlags().stream()
                .filter(f -> f.id().equals("progressive_neuro_deficit")).findFirst().orElseThrow();
        assertEquals("soon", flag.urgency(), "sanity: raised at soon");
        String id = flag.id();
        Label text = robot.lookup("#red-flag-" + id).queryAs(Label.class);
        java.util.regex.Matcher stop = java.util.regex.Pattern.compile("\\.\\s+(?=[A-Z])").matcher(flag.action());
        assertTrue(stop.find(), "sanity: the action has more than one sentence: " + flag.action());
        String first = flag.action().substring(0, stop.start() + 1);
        assertEquals("SOON — " + flag.label() + ". " + first, text.getText(), "folded: the first sentence whole");
        assertFalse(isCut(text), "no ellipsis: " + shownText(text));
        assertFalse(robot.lookup("#flag-box-" + id + " .red-flag-why").query().isVisible(), "what raised it waits behind 'more'");
        WindowRobot.click(robot, robot.lookup("#flag-more-" + id).query());
        assertEquals("SOON — " + flag.label() + ". " + flag.action(), text.getText(), "whole: the action in full");
        assertFalse(isCut(text), "no ellipsis: " + shownText(text));
    }

    /** The flag's line ends with its action whole: not cut by an ellipsis, its last words in the window. */
    private void assertActionReadWhole(FxRobot robot, String id, Exam exam) {
        Label text = robot.lookup("#red-flag-" + id).queryAs(Label.class);
        org.exampath.reasoning.RedFlag flag = TestKnowledge.ENGINE.assess(exam).redFlags().stream()
                .filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertTrue(text.getText().endsWith(flag.action()), text.getText());
        assertFalse(isCut(text), "the action is read whole, not cut: " + shownText(text));
        Bounds b = text.localToScene(text.getBoundsInLocal());
        assertTrue(b.getMaxY() <= window.stage().getScene().getHeight() + 0.5, id + " lies wholly in the window: " + b);
        Label cause = robot.lookup("#flag-box-" + id + " .red-flag-why").queryAs(Label.class);
        assertTrue(cause.isVisible() && cause.getText().startsWith("Raised by: "), "the first clause of what raised it: " + cause.getText());
    }

    /** The text the label draws (cut with "..." where it has no room). */
    private static String shownText(Label label) {
        return label.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }

    private static boolean isCut(Label label) {
        return shownText(label).replace("\n", " ").stripTrailing().endsWith("...");
    }

    @Test
    void threeUrgentFlagsAndTheStripStayInViewAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, THREE_URGENT, false);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off below the window: " + cut);
    }

    @Test
    void everyStandingFlagWithItsActionFieldCanBeReadAt1024x700(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR, true);
        assertTrue(robot.lookup("#ack-cauda_equina-text").tryQuery().isPresent(), "each flag has its action field");
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off, with no scroll to reach them: " + cut);
    }

    @Test
    void everyStandingFlagCanBeReadAt1366x800(FxRobot robot) {
        open(robot, 1366, 800, EMERGENCY_AND_FOUR, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off, with no scroll to reach them: " + cut);
    }

    @Test
    void everyStandingFlagCanBeReadInTheWindowAsItOpensOnA1024x700Screen(FxRobot robot) {
        open(robot, 1008, 660, EMERGENCY_AND_FOUR, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off, with no scroll to reach them: " + cut);
    }

    @Test
    void threeUrgentFlagsCanBeReadAtTheSmallestWindow(FxRobot robot) {
        open(robot, 960, 600, THREE_URGENT, true);
        List<String> cut = unreadable(robot);
        assertTrue(cut.isEmpty(), "cut off: " + cut);
    }

    @Test
    void moreShowsTheRestOfWhatRaisedAnUrgentFlagAndLessFoldsItAgain(FxRobot robot) {
        open(robot, 1024, 700, TWO_URGENT, true);
        Label flag = robot.lookup("#red-flag-malignancy").queryAs(Label.class);
        Label cause = robot.lookup("#flag-box-malignancy .red-flag-why").queryAs(Label.class);
        double height = flag.getHeight();
        String first = cause.getText();
        assertTrue(cause.isVisible() && first.startsWith("Raised by: ") && first.endsWith("…"), "folded: its first clause: " + first);
        WindowRobot.click(robot, robot.lookup("#flag-more-malignancy").query());
        String clause = first.substring("Raised by: ".length(), first.length() - "; …".length());
        assertTrue(cause.getText().length() > first.length() && cause.getText().contains(clause),
                "whole: all of what raised it: " + cause.getText());
        assertEquals(height, flag.getHeight(), 0.5, "the action was whole already");
        assertTrue(unreadable(robot).isEmpty(), unreadable(robot).toString());
        WindowRobot.click(robot, robot.lookup("#flag-more-malignancy").query());
        assertEquals(first, cause.getText(), "folded again");
    }

    @Test
    void anEmergencyIsShownWholeAsItIsRaised(FxRobot robot) {
        open(robot, 1024, 700, EMERGENCY_AND_FOUR, true);
        assertTrue(robot.lookup("#flag-box-cauda_equina .red-flag-why").query().isVisible(), "the emergency is not folded");
        Label urgent = robot.lookup("#flag-box-malignancy .red-flag-why").queryAs(Label.class);
        assertTrue(urgent.isVisible() && urgent.getText().endsWith("…"), "an urgent flag beside it shows the first clause: " + urgent.getText());
    }

    @Test
    void theLastFlagsActionFieldTabbedIntoIsScrolledIntoTheSmallestWindow(FxRobot robot) {
        open(robot, 960, 600, EMERGENCY_AND_FOUR, true);
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        List<Node> fields = actionFields(robot);
        assertEquals(5, fields.size(), "an emergency and four flags, each with its action field");
        Node first = fields.get(0);
        Node last = fields.get(fields.size() - 1);
        openEveryFlagWhole(robot);
        // each "more" kept its place as it opened; back to the top, as the window opened
        robot.interact(() -> whole.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, whole.getVvalue(), 1e-9, "the panel is not scrolled");
        assertTrue(inView(whole, first), "the first flag's field is in view");
        assertFalse(inView(whole, last), "the last flag's field is below the view, the flags opened whole: " + bounds(last));
        robot.interact(first::requestFocus);
        // on from the first field by the keyboard alone, through each flag's field, Record and more
        for (int i = 0; i < 20 && !last.isFocused(); i++) {
            robot.push(javafx.scene.input.KeyCode.TAB);
        }
        assertTrue(last.isFocused(), "Tab reaches the last flag's action field");
        assertTrue(inView(whole, last), "the focused field " + bounds(last) + " lies in the panel's view " + bounds(whole.lookup(".viewport")));
    }

    @Test
    void aFieldClickedWhereItPeepsOverTheViewsFootIsScrolledWhollyIntoView(FxRobot robot) {
        open(robot, 960, 600, EMERGENCY_AND_FOUR, true);
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        openEveryFlagWhole(robot);
        List<Node> fields = actionFields(robot);
        Node last = fields.get(fields.size() - 1);
        Node viewport = whole.lookup(".viewport");
        // the panel scrolled (as with the wheel) so that only the field's top eight pixels show at the view's foot
        robot.interact(() -> {
            Node content = whole.getContent();
            double free = content.getLayoutBounds().getHeight() - whole.getViewportBounds().getHeight();
            double top = content.sceneToLocal(bounds(last)).getMinY();
            whole.setVvalue((top + 8 - whole.getViewportBounds().getHeight()) / free);
            whole.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = bounds(viewport);
        assertTrue(bounds(last).getMinY() < view.getMaxY() && bounds(last).getMaxY() > view.getMaxY(), "sanity: the field peeps over the view's foot");
        var base = robot.robotContext().getBaseRobot();
        javafx.geometry.Point2D at = robot.point(last).query();
        base.moveMouse(new javafx.geometry.Point2D(at.getX(), viewport.localToScreen(viewport.getLayoutBounds()).getMaxY() - 3));
        base.pressMouse(javafx.scene.input.MouseButton.PRIMARY);
        base.releaseMouse(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(last.isFocused(), "the click on the part that shows focuses the field");
        assertTrue(inView(whole, last), "the focused field " + bounds(last) + " lies in the panel's view " + bounds(viewport));
    }

    @Test
    void aFieldAlreadyInViewTakesTheFocusWithoutThePanelMoving(FxRobot robot) {
        open(robot, 960, 600, EMERGENCY_AND_FOUR, true);
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        List<Node> fields = actionFields(robot);
        Node last = fields.get(fields.size() - 1);
        robot.interact(last::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inView(whole, last), "the focused field lies in the panel's view");
        // back by the keyboard to the field above, which the scroll already shows: nothing jumps
        Node above = fields.get(fields.size() - 2);
        assertTrue(inView(whole, above), "sanity: the field above is in view too");
        double before = whole.getVvalue();
        for (int i = 0; i < 10 && !above.isFocused(); i++) {
            robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.TAB);
        }
        assertTrue(above.isFocused(), "Shift+Tab reaches the field above");
        assertEquals(before, whole.getVvalue(), 1e-9, "the panel stays where it was");
        robot.interact(() -> whole.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node first = fields.get(0);
        assertTrue(inView(whole, first));
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, whole.getVvalue(), 1e-9, "a field in view at the top takes the focus where it is");
    }

    /** Opens every folded flag whole by its "more", from the bottom up (so each is still where it was seen when clicked). */
    private static void openEveryFlagWhole(FxRobot robot) {
        List<Node> more = new ArrayList<>(robot.lookup("#red-flag-banner .flag-more").queryAll());
        more.sort(java.util.Comparator.comparingDouble(n -> -n.localToScene(n.getBoundsInLocal()).getMinY()));
        for (Node m : more) {
            // a flag with nothing folded has no "more" to show
            if (m.isVisible() && ((javafx.scene.control.Hyperlink) m).getText().startsWith("more")) {
                // setup only: with urgent flags read whole, a flag's "more" may lie below the smallest window's view
                robot.interact(((javafx.scene.control.Hyperlink) m)::fire);
            }
        }
    }

    /** The banner's action fields, top to bottom. */
    private static List<Node> actionFields(FxRobot robot) {
        List<Node> fields = new ArrayList<>(robot.lookup("#red-flag-banner .text-field").queryAll());
        fields.sort(java.util.Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY()));
        return fields;
    }

    /** The node lies wholly inside the scroll's view. */
    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds view = bounds(scroll.lookup(".viewport"));
        Bounds b = bounds(node);
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /**
     * As the window opens with {@code exam}, the panel as a whole is not scrolled, every flag's text, action field and
     * "more" lie in the window, and the title and the top {@code rows} hypotheses of the working diagnosis lie wholly
     * inside the details' view, in the window.
     */
    private void assertFlagsAndTopInView(FxRobot robot, Exam exam, int rows) {
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        assertEquals(0, whole.getVvalue(), 0.001, "the panel is not scrolled");
        double bottom = window.stage().getScene().getHeight();
        List<Node> banner = new ArrayList<>(robot.lookup("#red-flag-banner .label").queryAll());
        banner.addAll(robot.lookup("#red-flag-banner .text-field").queryAll());
        banner.addAll(robot.lookup("#red-flag-banner .hyperlink").queryAll());
        for (Node n : banner) {
            if (n.isVisible() && isShown(n)) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                assertTrue(b.getMinY() >= 0 && b.getMaxY() <= bottom + 0.5, describe(n) + " lies in the window: " + b);
                assertTrue(scrollAround(n) == whole, describe(n) + " lies in no scroll of its own");
            }
        }
        if (rows == 0) {
            return;
        }
        Node viewport = robot.lookup("#panel-scroll").query().lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getBoundsInLocal());
        assertTrue(view.getMaxY() <= bottom + 0.5, "the details' view ends in the window: " + view);
        List<String> top = TestKnowledge.ENGINE.assess(exam).hypotheses().stream().limit(rows).map(h -> "hyp-" + h.id()).toList();
        for (String id : top) {
            Bounds row = robot.lookup("#" + id).query().localToScene(robot.lookup("#" + id).query().getBoundsInLocal());
            assertTrue(row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5,
                    "#" + id + " (" + Math.round(row.getMinY()) + "–" + Math.round(row.getMaxY()) + ") lies in the details' view ("
                            + Math.round(view.getMinY()) + "–" + Math.round(view.getMaxY()) + ")");
        }
    }

    /** Every ancestor is visible (a node in a folded part is not shown even if it is itself visible). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        return n instanceof javafx.scene.control.Labeled l ? "\"" + l.getText() + "\"" : n.getId() == null ? n.toString() : "#" + n.getId();
    }

    /**
     * What cannot be read inside the window. No line of the banner sits in a scroll other than the panel's own
     * (which scrolls the whole panel, banner first, only when the banner and the kept rows outgrow it). Every
     * shown line of the banner, each action field, the screen's reminder, the strip's lines and the status line
     * must lie in the window once that scroll brings it into view.
     */
    private List<String> unreadable(FxRobot robot) {
        List<String> out = new ArrayList<>();
        double bottom = window.stage().getScene().getHeight();
        ScrollPane whole = robot.lookup("#panel-whole-scroll").queryAs(ScrollPane.class);
        List<Node> lines = new ArrayList<>(robot.lookup("#red-flag-banner .label").queryAll());
        lines.addAll(robot.lookup("#red-flag-banner .text-field").queryAll());
        for (String id : new String[] {"screen-reminder", "strip-top", "strip-next", "status"}) {
            lines.add(robot.lookup("#" + id).query());
        }
        for (Node n : lines) {
            if (!isShown(n)) {
                continue;
            }
            ScrollPane scroll = scrollAround(n);
            if (scroll != null && scroll != whole) {
                out.add(describe(n) + " lies in a scroll of its own");
                continue;
            }
            Bounds view = null;
            if (scroll != null) {
                bringIntoView(robot, scroll, n);
                Node viewport = scroll.lookup(".viewport");
                view = viewport.localToScene(viewport.getBoundsInLocal());
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getMaxY() > bottom + 0.5) {
                out.add(describe(n) + " ends at " + Math.round(b.getMaxY()) + " > " + Math.round(bottom));
            } else if (view != null && (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5)) {
                out.add(describe(n) + " (" + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxY()) + ") cannot be scrolled wholly into view ("
                        + Math.round(view.getMinY()) + "–" + Math.round(view.getMaxY()) + ")");
            }
        }
        robot.interact(() -> whole.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        return out;
    }

    /** The nearest scroll {@code node} lies in, if any. */
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
