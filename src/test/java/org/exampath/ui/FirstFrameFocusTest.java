package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.OpeningSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window puts the focus on step 1's first question on its first frame; a clinician who clicked into a field
 * before that frame (a slow start) keeps the focus there, so what they type goes where they clicked.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFocusTest {

    @Test
    void aFieldClickedBeforeTheFirstFrameKeepsTheFocus(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        TextField[] age = new TextField[1];
        AtomicInteger frames = new AtomicInteger();
        // one runnable: the click lands before any pulse, so before the window's first frame
        WindowRobot.onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(ExamView.scene(new ExamView(new ExamViewModel(new ExamSession(TestKnowledge.ENGINE)),
                    ExamFiles.chooser()), new OpeningSize(1024, 700)));
            stage[0].show();
            age[0] = (TextField) stage[0].getScene().lookup("#patient-age");
            press(age[0]);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frames.incrementAndGet() >= 3) {
                        stop();
                    }
                }
            }.start();
        });
        try {
            // started after the window's own timer, this one has seen no frame the window's has not
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() >= 3);
            WaitForAsyncUtils.waitForFxEvents();
            Node focus = stage[0].getScene().getFocusOwner();
            assertEquals("patient-age", focus == null ? null : focus.getId(), "the first frame took the focus from the field clicked");
        } finally {
            WindowRobot.onFx(stage[0]::close);
        }
    }

    /** A primary-button press at the field's centre, through the scene's event dispatch as a real press goes. */
    private static void press(TextField field) {
        var b = field.getLayoutBounds();
        var scene = field.localToScene(b.getCenterX(), b.getCenterY());
        var screen = field.localToScreen(b.getCenterX(), b.getCenterY());
        javafx.event.Event.fireEvent(field, new MouseEvent(MouseEvent.MOUSE_PRESSED, b.getCenterX(), b.getCenterY(),
                screen == null ? scene.getX() : screen.getX(), screen == null ? scene.getY() : screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null));
        assertTrue(field.isFocused(), "sanity: the press put the focus in the field");
    }
}
