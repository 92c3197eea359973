package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.exchange.ExamReader;
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

/**
 * Review finding 3 (src/site/markdown/REVIEW-ui.md): the shared case "sacral-stress-fracture-runner" (a young
 * runner, familiar pain on sacral palpation, positive hop test, low energy availability) raises the urgent
 * fracture flag, and the summary strip's next test is "SIJ provocation tests" — thigh thrust, compression and
 * sacral thrust, which load the very sacrum a stress fracture is suspected in. The fracture flag marks only the
 * hop and the single-leg stands as unsafe.
 */
@ExtendWith(ApplicationExtension.class)
class NextTestWhileFractureReviewUiTest {
    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(dir.resolve("exampath.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        ObjectMapper json = new ObjectMapper();
        byte[] exam = json.writeValueAsBytes(json.readTree(Path.of("assets/cases/sacral-stress-fracture-runner.json").toFile()).get("exam"));
        session.replace(new ExamReader(TestKnowledge.SHIPPED).read(exam));
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    @Test
    void aSuspectedSacralStressFractureIsNotFollowedBySacroiliacProvocation(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        Label flag = (Label) window.node("red-flag-fracture");
        assertTrue(flag.isVisible() && flag.getText().contains("fracture"), "the fracture flag stands: " + flag.getText());
        String next = ((Hyperlink) window.node("strip-next")).getText();
        assertFalse(next.contains("SIJ provocation"),
                "with a sacral stress fracture suspected the strip suggests loading the sacrum next: " + next);
    }
}
