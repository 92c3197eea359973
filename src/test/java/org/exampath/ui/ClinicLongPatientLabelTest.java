package org.exampath.ui;

import javafx.stage.Stage;
import org.exampath.ui.exam.ExamFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Long patient labels on a clinic's PostgreSQL server, in the window at 1024x700 (as LongPatientLabelTest on a SQLite
 * file): the list and the header show them between words, a too-wide token ends in an ellipsis with the whole label
 * in its tooltip, and the labels the server holds are the ones typed.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicLongPatientLabelTest {
    @RegisterExtension
    static final ClinicWindowFixture CLINIC = new ClinicWindowFixture("alice");
    private final String alice = CLINIC.role("alice");
    private ClinicWindowFixture.ExamOnServer exam;
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
        if (exam != null) {
            WindowRobot.onFx(exam::close);
        }
    }

    @Test
    void longLabelsOnTheServerReadWellInTheListAndTheHeader(FxRobot robot) throws Exception {
        robot.interact(() -> {
            main = new Stage();
            exam = CLINIC.examView(main, alice, ExamFiles.chooser(), e -> { });
            main.setWidth(1024);
            main.setHeight(700);
            main.show();
        });
        PatientLabelChecks.listAndHeaderReadWell(robot, main, exam.session(), exam.autosave(), exam.store(), browser);
    }
}
