package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.clinic.ClinicMembers;
import org.exampath.clinic.ClinicPracticeStore;
import org.exampath.clinic.PgPrivateServer;
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
 * Review 43, finding 2. Practice on a class's clinic server, through the window at 1024x700, with a real private
 * PostgreSQL server stopped at the commit and started again: the committed attempt is not thrown away.
 */
@ExtendWith(ApplicationExtension.class)
class Review43PracticeServerDropTest {
    private static PgPrivateServer server;
    private static final String SAM = "ep43_sam";
    private ClinicPracticeStore store;
    private PracticeViewModel model;

    @BeforeAll
    static void server() throws Exception {
        server = PgPrivateServer.start();
        server.newMember(SAM, ClinicMembers.Kind.STUDENT, "PT2 2026");
    }

    @AfterAll
    static void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void serverBack() {
        server.ensureRunning();
        store.close();
    }

    @Start
    void start(Stage stage) {
        store = new ClinicPracticeStore(server.as(SAM));
        model = PracticeWindows.model(store);
        PracticeWindows.show(stage, model, 1024, 700);
    }

    /**
     * Sam works "Cannot lie on that side" on the class server. The server restarts (or the Wi-Fi drops) just as he
     * commits: the window says "The attempt was not saved: …", and that is the end of it. The attempt is gone from
     * the window's hands: nothing tries again once the server is back, and Start or closing the window asks nothing,
     * since the case is "committed". The teacher's class scores never see it.
     */
    @Test
    void anAttemptTheServerDidNotTakeIsKeptToTryAgainNotDropped(FxRobot robot) throws Exception {
        WindowRobot window = new WindowRobot(robot, TestKnowledge.SHIPPED);
        window.type("practice-student", "Sam Okafor");
        WindowRobot.onFx(() -> model.chosenProperty().set(model.cases().stream()
                .filter(c -> c.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow()));
        window.click("practice-start");
        window.click("ask-f-history-region-lateral_hip");
        WindowRobot.onFx(() -> model.commitForm().ranks().get(0).hypothesisProperty().set(
                TestKnowledge.SHIPPED.hypothesis("gluteal_tendinopathy").orElseThrow()));
        window.click("practice-imaging-not_indicated");
        WaitForAsyncUtils.waitForFxEvents();

        server.stop(PgPrivateServer.Stop.FAST);
        window.click("practice-commit");
        for (int i = 0; i < 300 && !model.messageProperty().get().startsWith("The attempt was not saved"); i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String said = model.messageProperty().get();
        server.startAgain();
        AtomicReference<Optional<String>> stake = new AtomicReference<>();
        WindowRobot.onFx(() -> stake.set(model.workAtStake()));

        // Enter in the name field: what keeps an attempt not yet kept
        robot.clickOn("#practice-student").type(KeyCode.END).type(KeyCode.ENTER);
        int kept = 0;
        for (int i = 0; i < 100 && kept == 0; i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            try (ClinicPracticeStore fresh = new ClinicPracticeStore(server.as(SAM))) {
                kept = fresh.attempts("").size();
            }
        }
        assertEquals("kept 1, leaving asks", "kept " + kept + (stake.get().isPresent() ? ", leaving asks" : ", leaving asks nothing"),
                "the server was down at the commit (the window said: " + said + "); once it was back the attempt was "
                        + "stored " + kept + " times, and Start or closing the window would have asked: " + stake.get());
    }
}
