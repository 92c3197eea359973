package org.exampath.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
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

/**
 * Long patient labels where the window shows one, at 1024x700 and 1366x800: the encounter list's Patient column and
 * the exam header. Lines break between words only; a token wider than the room ends in an ellipsis with the whole
 * label in the tooltip and the accessible text; nothing drawn leaves its cell or field; the row stays at most a few
 * lines high; and the label stored, and opened into the header, is the one typed.
 */
@ExtendWith(ApplicationExtension.class)
class LongPatientLabelTest {
    @TempDir
    Path dir;

    private Database db;
    private EncounterStore store;
    private Autosave autosave;
    private ExamSession session;
    private Stage main;
    private final Stage[] browser = new Stage[1];

    @AfterEach
    void tidy() {
        WindowRobot.onFx(() -> {
            if (browser[0] != null) {
                browser[0].close();
            }
            if (main != null) {
                main.close();
            }
        });
        if (autosave != null) {
            WindowRobot.onFx(autosave::shutdown);
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theListAndTheHeaderReadWellAt1024x700(FxRobot robot) throws Exception {
        listAndHeaderReadWell(robot, 1024, 700);
    }

    @Test
    void theListAndTheHeaderReadWellAt1366x800(FxRobot robot) throws Exception {
        listAndHeaderReadWell(robot, 1366, 800);
    }

    private void listAndHeaderReadWell(FxRobot robot, double width, double height) throws Exception {
        db = Database.open(dir.resolve("labels.db"));
        store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
        robot.interact(() -> {
            session = new ExamSession(TestKnowledge.ENGINE);
            autosave = new Autosave(session, store, "anna", Clock.systemUTC());
            autosave.resume();
            main = new Stage();
            main.setScene(ExamView.scene(new ExamView(new ExamViewModel(session, autosave), ExamFiles.chooser())));
            main.setWidth(width);
            main.setHeight(height);
            main.show();
        });
        PatientLabelChecks.listAndHeaderReadWell(robot, main, session, autosave, store, browser);
    }
}
