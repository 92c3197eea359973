package org.exampath.ui.practice;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The practice window: on the left the chooser, the vignette and the questions and tests to ask;
 * on the right one scroll area with the feedback first (once committed), then what was found and
 * the commit form, with the commit button under it, always in view. The engine's view stays hidden until the
 * commit.
 */
public final class PracticeView extends HBox {
    private static final String BEFORE_START = "Choose a case and press Start. Ask the questions and do the tests you judge worth "
            + "doing; each reveals what the case holds. The engine's view stays hidden until you commit.";

    /** Opens practice mode in its own window. */
    public static javafx.stage.Stage show(javafx.stage.Window owner, PracticeViewModel model, String stylesheet) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.setTitle("ExamPath: practice");
        // no larger than the screen the window opens on: at 1024x700 the whole window shows
        javafx.geometry.Rectangle2D screen = owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        javafx.scene.Scene scene = new javafx.scene.Scene(new PracticeView(model), Math.min(1180, screen.getWidth()),
                Math.min(780, screen.getHeight() - 40)); // room for the title bar
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        // closing the window loses the case open as Start does: the same question, the same default; a name typed
        // but not yet settled (closing leaves the field without taking its focus) keeps the attempt first
        stage.setOnCloseRequest(e -> {
            model.nameSettled();
            if (!LeaveCaseQuestion.mayGo(stage, model.workAtStake(), "Close; lose it")) {
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    public PracticeView(PracticeViewModel model) {
        super(12);
        setId("practice-view");
        setPadding(new Insets(12));
        Label vignette = new Label(BEFORE_START);
        vignette.setId("practice-vignette");
        vignette.setWrapText(true);
        vignette.setMinHeight(Region.USE_PREF_SIZE);
        vignette.getStyleClass().add("vignette");
        model.sessionProperty().addListener((obs, old, now) -> vignette.setText(now == null ? BEFORE_START
                : now.practiceCase().title() + ". " + now.practiceCase().vignette()));
        AskView questions = new AskView(model);
        ScrollPane ask = scroll(questions);
        // the buttons flow within what the column shows: none is reached only by a sideways scroll
        questions.flowWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(120, ask.getViewportBounds().getWidth()), ask.viewportBoundsProperty()));
        VBox.setVgrow(ask, Priority.ALWAYS);
        Label committed = new Label("Committed: the questions and tests are closed. Press Start to work the case again.");
        committed.setId("practice-ask-closed");
        committed.getStyleClass().add("hint");
        committed.setWrapText(true);
        committed.setMinHeight(Region.USE_PREF_SIZE);
        committed.visibleProperty().bind(model.feedbackProperty().isNotNull());
        committed.managedProperty().bind(committed.visibleProperty());
        VBox left = new VBox(8, new CaseChooserView(model), vignette, committed, ask);
        left.setPrefWidth(560);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(12, new FeedbackView(model), new CommitView(model));
        right.setPrefWidth(520);
        ScrollPane rightScroll = scroll(right);
        rightScroll.setId("practice-right");
        model.feedbackProperty().addListener((obs, old, now) -> rightScroll.setVvalue(0));
        VBox.setVgrow(rightScroll, Priority.ALWAYS);
        // the commit sits under the scroll area, always in view; the line beside it says the form is above
        Label above = new Label("Your ranking, red flags and imaging are above (scroll).");
        above.getStyleClass().add("hint");
        above.setWrapText(true);
        above.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(above, Priority.ALWAYS);
        HBox commitLine = new HBox(8, CommitView.commitButton(model), above);
        commitLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        commitLine.visibleProperty().bind(model.feedbackProperty().isNull());
        commitLine.managedProperty().bind(commitLine.visibleProperty());
        VBox rightColumn = new VBox(8, rightScroll, commitLine);
        rightColumn.setPrefWidth(520);
        getChildren().addAll(left, rightColumn);
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }
}
