package org.exampath.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamFiles;
import org.exampath.ui.exam.ExamView;
import org.exampath.ui.exam.ExamViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exam window a test opens at a size of its own (a shown window is never resized under the renderer) showing one
 * exam, saving to a SQLite file (so each raised flag has its "Action taken" field) or to nothing; {@link #close}
 * closes the window, the autosave and the file.
 */
final class SizedExamWindow {
    private Stage stage;
    private Database db;
    private Autosave autosave;
    private ExamSession session;

    private SizedExamWindow() {
    }

    /** A new window of {@code width} × {@code height} showing {@code exam}, saving to {@code store} (or to nothing when null). */
    static SizedExamWindow open(FxRobot robot, Path store, double width, double height, Exam exam) {
        SizedExamWindow window = new SizedExamWindow();
        robot.interact(() -> {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            window.session = session;
            ExamViewModel model;
            if (store == null) {
                model = new ExamViewModel(session);
            } else {
                window.db = Database.open(store);
                window.autosave = new Autosave(session, new EncounterStore(window.db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "anna", Clock.systemUTC());
                model = new ExamViewModel(session, window.autosave);
            }
            window.stage = new Stage();
            window.stage.setScene(ExamView.scene(new ExamView(model, ExamFiles.chooser())));
            window.stage.setWidth(width);
            window.stage.setHeight(height);
            window.stage.show();
            session.replace(exam);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    /** Answers one finding as the form does (not a replaced exam): a flag it raises is marked new. */
    void answer(FxRobot robot, String id, org.exampath.domain.FindingValue value) {
        robot.interact(() -> session.set(id, value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The exam as it stands now, answers included. */
    org.exampath.domain.Exam exam(FxRobot robot) {
        org.exampath.domain.Exam[] now = new org.exampath.domain.Exam[1];
        robot.interact(() -> now[0] = session.exam());
        return now[0];
    }

    Stage stage() {
        return stage;
    }

    /** The node that has the keyboard in this window's scene (read on the JavaFX thread). */
    javafx.scene.Node focusOwner() {
        javafx.scene.Node[] f = new javafx.scene.Node[1];
        WindowRobot.onFx(() -> f[0] = stage.getScene().getFocusOwner());
        return f[0];
    }

    /** Whether {@code node} lies in the node of id {@code ancestorId} (a step's page, say). */
    static boolean inside(javafx.scene.Node node, String ancestorId) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (ancestorId.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** A focused node as a failure message names it. */
    static String describe(javafx.scene.Node n) {
        return n == null ? "nothing" : n.getClass().getSimpleName() + " #" + n.getId();
    }

    void close(FxRobot robot) {
        robot.interact(stage::close);
        if (autosave != null) {
            autosave.shutdown();
        }
        if (db != null) {
            db.close();
        }
    }
}
