package org.exampath.ui.exam;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.exampath.text.Describe;
import org.exampath.ui.hypotheses.HypothesisPanel;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;

/**
 * The exam window's content: menu ({@link ExamMenu}), patient header, step bar, the current step's form in the centre
 * and the hypothesis panel always on the right.
 */
public final class ExamView extends BorderPane {
    private final ExamViewModel model;
    private final ExamFiles files;
    private final ExamSteps steps;
    private final Map<Step, ScrollPane> pages = new EnumMap<>(Step.class);
    private final ToggleGroup stepGroup = new ToggleGroup();
    private final HypothesisPanel panel;
    private final SummaryView summary;
    private final ConflictPanel conflicts;

    public ExamView(ExamViewModel model, ExamFiles files) {
        this.model = model;
        this.files = files;
        setId("exam-view");
        getStyleClass().add("exam-view");
        summary = new SummaryView(new SummaryViewModel(model.session(), model.autosave()));
        javafx.scene.control.Button exportNote = new javafx.scene.control.Button("Export note…");
        exportNote.setId("export-note");
        exportNote.setOnAction(e -> exportNote());
        javafx.scene.control.Button copySummary = new javafx.scene.control.Button("Copy summary");
        copySummary.setId("copy-summary");
        copySummary.setOnAction(e -> copySummary());
        summary.actions().getChildren().addAll(exportNote, copySummary);
        summary.getChildren().add(summary.getChildren().indexOf(summary.actions()), new RecordNotes(model.session()));
        steps = new ExamSteps(model.session(), summary, model::reveal, model.carriedOver());
        HypothesisPanelViewModel panelModel = new HypothesisPanelViewModel(model.session(), model::reveal, model.autosave());
        model.setUnrecordedActions(panelModel.banner()::unrecordedDrafts);
        model.setHalfEntered(steps::halfEntered);
        panel = new HypothesisPanel(panelModel);
        panel.prefWidthProperty().bind(widthProperty().multiply(0.34));
        panel.setMinWidth(320);
        panel.setMaxWidth(560);
        conflicts = new ConflictPanel(model.conflicts());
        PatientHeader header = new PatientHeader(model.session());
        setTop(new VBox(new ExamMenu(model, files, steps, this::window).bar(), header, header.ageProblemLine(), stepBar(),
                conflicts));
        setCenter(centre());
        setRight(panel);
        setBottom(statusBar());
        model.stepProperty().addListener((obs, old, now) -> show(now));
        model.revealRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                reveal(id);
            }
        });
        show(model.stepProperty().get());
        // a click or key press before the first frame (a slow start) chose where the clinician works: the focus stays there
        boolean[] touched = new boolean[1];
        javafx.event.EventHandler<javafx.scene.input.InputEvent> firstTouch = e -> touched[0] = true;
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, firstTouch);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, firstTouch);
        new javafx.animation.AnimationTimer() {
            private boolean firstFrameDrawn;

            /** One deferred form section per frame, once the first frame is on screen. */
            @Override
            public void handle(long now) {
                if (!firstFrameDrawn) {
                    firstFrameDrawn = true;
                    removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, firstTouch);
                    removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, firstTouch);
                    if (!touched[0]) {
                        steps.focusFirstQuestion(model.stepProperty().get());
                    }
                } else if (!steps.buildNext()) {
                    stop();
                }
            }
        }.start();
    }

    /** Stops following the session and the store's conflicts (the window moves to another store). */
    public void dispose() {
        conflicts.dispose();
    }

    /** The window's scene with the one stylesheet, sized to open on the primary screen ({@link OpeningSize}). */
    public static Scene scene(ExamView view) {
        return scene(view, OpeningSize.onPrimaryScreen());
    }

    /** The window's scene with the one stylesheet, at {@code size}. */
    public static Scene scene(Parent root, OpeningSize size) {
        Scene scene = new Scene(root, size.width(), size.height());
        scene.getStylesheets().add(ExamView.class.getResource("/org/exampath/ui/app.css").toExternalForm());
        return scene;
    }

    private void exportNote() {
        ExamMenu.exportNote(model, files, window());
    }

    private void copySummary() {
        ExamMenu.copySummary(model, window());
    }

    private Node stepBar() {
        SegmentedButton bar = new SegmentedButton();
        bar.setId("step-bar");
        for (Step step : Step.values()) {
            ToggleButton b = new ToggleButton((step.ordinal() + 1) + "  " + step.title());
            b.setId("step-" + step.name().toLowerCase());
            b.setUserData(step);
            b.setToggleGroup(stepGroup);
            bar.getButtons().add(b);
        }
        bar.setToggleGroup(stepGroup);
        stepGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                stepGroup.selectToggle(old);
            } else {
                model.go((Step) now.getUserData());
            }
        });
        HBox box = new HBox(bar);
        box.getStyleClass().add("step-bar");
        return box;
    }

    private Node centre() {
        StackPane stack = new StackPane();
        for (Step step : Step.values()) {
            ScrollPane scroll = new ScrollPane();
            scroll.setFitToWidth(true);
            scroll.setId("page-" + step.name().toLowerCase());
            scroll.getStyleClass().add("step-page");
            pages.put(step, scroll);
            stack.getChildren().add(scroll);
        }
        return stack;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        // nothing to say (the store's line beside it speaks): it takes no room
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, error, spacer, status);
        if (model.autosave() != null) {
            Label saved = new Label();
            saved.setId("save-status");
            saved.getStyleClass().add("save-status");
            saved.textProperty().bind(model.autosave().statusProperty());
            javafx.css.PseudoClass failed = javafx.css.PseudoClass.getPseudoClass("failed");
            model.autosave().failedProperty().subscribe(f -> saved.pseudoClassStateChanged(failed, f));
            bar.getChildren().add(saved);
        }
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(Step step) {
        ScrollPane shown = pages.get(step);
        if (shown.getContent() == null) {
            shown.setContent(steps.page(step));
        }
        pages.forEach((s, page) -> {
            page.setVisible(s == step);
            page.setManaged(s == step);
        });
        stepGroup.getToggles().stream().filter(t -> t.getUserData() == step).findFirst().ifPresent(stepGroup::selectToggle);
        summary.setActive(step == Step.SUMMARY);
    }

    /** Scrolls the finding's control into view, marks it and gives it the keyboard focus. */
    private void reveal(String findingId) {
        steps.buildAll();
        Step step = model.stepProperty().get();
        ScrollPane page = pages.get(step);
        Node target = page.getContent().lookup("#" + Describe.nodeId(findingId) + "-row");
        if (target == null) {
            target = page.getContent().lookup("#" + Describe.nodeId(findingId));
        }
        if (target == null) {
            return;
        }
        page.getContent().lookupAll(".revealed").forEach(n -> n.getStyleClass().remove("revealed"));
        target.getStyleClass().add("revealed");
        // the section's heading at the top when the target fits below it, so the jump keeps its place in the form
        org.exampath.ui.common.FocusFollow.showUnder(headingOf(target, page.getContent()), target);
        Node focus = target instanceof Parent p && p.lookup(".toggle-button") != null ? p.lookup(".toggle-button") : target;
        focus.requestFocus();
    }

    /** The title of the form section {@code row} lies in, or the row itself outside any titled section. */
    private static Node headingOf(Node row, Node content) {
        for (Node n = row.getParent(); n != null && n != content; n = n.getParent()) {
            if (n.getStyleClass().contains("form-section") && n instanceof Parent section) {
                Node title = section.lookup(".section-title");
                if (title != null) {
                    return title;
                }
            }
        }
        return row;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
