package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A test a standing red flag makes unsafe is marked on its row, clicked through the form: a runner's new
 * pain with a limp (a possible femoral-neck stress fracture) marks the hop and the single-leg stands, and
 * the marks go once the limp is recorded as absent.
 */
@ExtendWith(ApplicationExtension.class)
class UnsafeTestCautionWindowTest {
    private static final String[] UNSAFE = {"f-provocation-single_leg_stance_30s", "f-provocation-trendelenburg_sign", "f-provocation-hop_test"};

    @TempDir
    Path dir;

    private Database db;
    private Autosave autosave;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("exampath.db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
        stage.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
        stage.show();
    }

    @AfterEach
    void tidy() {
        autosave.shutdown();
        db.close();
    }

    private static Label caution(WindowRobot window, String row) {
        return (Label) window.node(row + "-caution");
    }

    @Test
    void aLimpingRunnersNewPainMarksTheLoadingTestsUntilTheLimpIsRuledOut(FxRobot robot) {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.enter(Exams.of().patient(24, Sex.FEMALE).yes("history.aggravator.running").count("history.duration_weeks", 3)
                .exam());
        window.go(Step.of("provocation"));
        for (String row : UNSAFE) {
            assertFalse(caution(window, row).isVisible(), row + ": no limp recorded, nothing holds yet");
        }
        window.enter(Exams.of().yes("observation.gait_antalgic").exam());
        window.go(Step.of("provocation"));
        for (String row : UNSAFE) {
            Label mark = caution(window, row);
            assertTrue(mark.isVisible(), row);
            assertEquals("Not now: unsafe while the urgent red flag \u201cPossible fracture\u201d stands. Act on it first.", mark.getText());
        }
        assertFalse(caution(window, "f-provocation-fadir").isVisible(), "other tests are not marked");
        window.enter(Exams.of().no("observation.gait_antalgic").exam());
        window.go(Step.of("provocation"));
        for (String row : UNSAFE) {
            assertFalse(caution(window, row).isVisible(), row + ": the limp ruled out, the mark goes");
        }
    }
}
