package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicPracticeStore;
import org.exampath.clinic.PgTestServer;
import org.exampath.store.PracticeRecords;
import org.exampath.ui.practice.PracticeViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review 43, finding 3. Practice on a class's clinic server, through the window at 1024x700: the server keeps every
 * attempt under the login (whatever name is typed), so the window must say whose attempts they are.
 */
@ExtendWith(ApplicationExtension.class)
class Review43PracticeClinicNameTest {
    private static PgTestServer server;
    private static String sam;
    private ClinicPracticeStore store;
    private PracticeViewModel model;

    @BeforeAll
    static void server() throws Exception {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        sam = server.newMember("sam", ClinicMembers.Kind.STUDENT, "PT2 2026");
        try (ClinicPracticeStore own = new ClinicPracticeStore(server.as(sam))) {
            own.record(new PracticeRecords.NewAttempt("Sam", "cauda-equina-emergency", 35, false, List.of("cauda_equina"), 4, null)).get();
        }
    }

    @AfterAll
    static void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        store = new ClinicPracticeStore(server.as(sam));
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    /**
     * In the lab, the practice window is open on Sam's login. Ben sits down, types his name and starts a case: the line
     * under the name says "Progress found for this name: 1 attempt on 1 case. Not all yours? Add an initial.", which is
     * Sam's, and Ben's
     * commit goes under Sam's login, so the teacher's class scores credit Sam with it. Adding an initial changes nothing:
     * nothing on the screen says the name typed is not what the attempts are kept under.
     */
    @Test
    void theWindowSaysTheAttemptsAreKeptUnderTheLoginNotTheNameTyped(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Ben Ade");
        WindowRobot.onFx(() -> model.chosenProperty().set(model.cases().get(0)));
        window.click("practice-start");
        Label note = robot.lookup("#practice-name-note").queryAs(Label.class);
        for (int i = 0; i < 50 && !note.getText().contains("1 attempt"); i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String field = robot.lookup("#practice-student").queryAs(TextField.class).getText();
        String shown = "name field '" + field + "', line under it '" + note.getText() + "'";
        assertTrue((field + " " + note.getText()).contains(sam) && !note.getText().contains("for this name"),
                "on the class server the attempts are kept under the login " + sam + " whatever is typed, but the window shows "
                        + shown);
    }
}
