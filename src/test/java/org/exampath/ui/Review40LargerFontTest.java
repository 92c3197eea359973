package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * Review 40: a clinician or student who needs larger text sets a larger font on the window's root (16px, as a user
 * stylesheet or the platform's default font would); the questions, hints and cautions must grow with it.
 */
@ExtendWith(ApplicationExtension.class)
class Review40LargerFontTest {
    @TempDir
    Path dir;
    private SizedExamWindow window;

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            window.close(robot);
        }
    }

    @Test
    void theQuestionsGrowWithALargerRootFont(FxRobot robot) throws Exception {
        window = SizedExamWindow.open(robot, dir.resolve("exampath.db"), 1024, 700, Exam.empty());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.stage().getScene().lookup("#f-history-quality-deep_ache-row") != null);
        double[] sizes = new double[2];
        WindowRobot.onFx(() -> {
            var root = window.stage().getScene().getRoot();
            root.setStyle("-fx-font-size: 16px;");
            root.applyCss();
            Label question = (Label) root.lookup("#f-history-quality-deep_ache-row").lookup(".finding-label");
            sizes[0] = question.getFont().getSize();
            Label title = (Label) root.lookup(".section-title");
            sizes[1] = title.getFont().getSize();
        });
        assertTrue(sizes[0] >= 16 && sizes[1] > 16,
                "with the root font at 16px a question is drawn at " + sizes[0] + "px and a section title at " + sizes[1]
                + "px: the stylesheet fixes every size in px, so larger text never reaches the form");
    }
}
