package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.OpenedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On one SQLite file shared by two computers (the README's "practice's shared drive"), a window's start resumes only the
 * open encounter its own user left on that computer, as the clinic store resumes only the login's own: Ben's window never
 * opens on the patient Anna is examining in the next room, and Anna's next start still resumes her exam.
 */
@ExtendWith(ApplicationExtension.class)
class SharedFileResumeTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static ExamViewModel window(OpenedStore opened, ExamSession session) {
        AtomicReference<ExamViewModel> model = new AtomicReference<>();
        WindowRobot.onFx(() -> model.set(opened.model(session)));
        return model.get();
    }

    @Test
    void aStartOnTheSharedFileDoesNotResumeTheExamAColleagueHasOpenOnAnotherComputer() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("practice-drive")).resolve("exampath.db");
        Path annasComputer = Files.createDirectories(dir.resolve("anna"));
        Path bensComputer = Files.createDirectories(dir.resolve("ben"));

        // Anna, in room 1, is examining Mrs Patel; her window stays open
        Database annasDb = Database.open(shared);
        OpenedStore annas = new WindowStores(Map.of(), annasComputer, Clock.systemUTC()).sqlite(annasDb);
        ExamSession annasSession = new ExamSession(TestKnowledge.ENGINE);
        ExamViewModel annasWindow = window(annas, annasSession);
        WindowRobot.onFx(() -> {
            annasWindow.saveSettings("Anna Lee", "Harbour Physio");
            annasSession.patientLabelProperty().set("Mrs Patel, room 1");
            annasSession.set("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
        });
        annasWindow.autosave().flush();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> annasWindow.autosave().statusProperty().get().startsWith("Saved"));

        try {
            // Ben starts ExamPath in room 2 on the same file
            Database bensDb = Database.open(shared);
            OpenedStore bens = new WindowStores(Map.of(), bensComputer, Clock.systemUTC()).sqlite(bensDb);
            ExamSession bensSession = new ExamSession(TestKnowledge.ENGINE);
            ExamViewModel bensWindow = window(bens, bensSession);
            bensWindow.autosave().flush(); // the resume is read on the autosave queue
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            String shown = bensSession.patientLabelProperty().get();
            String status = bensWindow.autosave().statusProperty().get();
            bens.close();
            assertNotEquals("Mrs Patel, room 1", shown, "Ben's window, started in another room as " + bensWindow.clinicianProperty().get()
                    + ", opened on the patient Anna has open on her computer and said \"" + status + "\"; what he enters next"
                    + " goes into her patient's encounter");
        } finally {
            annas.close();
        }
        // Anna's next start on her own computer resumes her exam, as she left it
        OpenedStore again = new WindowStores(Map.of(), annasComputer, Clock.systemUTC()).sqlite(Database.open(shared));
        ExamSession againSession = new ExamSession(TestKnowledge.ENGINE);
        ExamViewModel againWindow = window(again, againSession);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> againWindow.autosave().statusProperty().get().startsWith("Resumed"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Mrs Patel, room 1", againSession.patientLabelProperty().get(), "Anna's own open exam was not resumed");
        } finally {
            again.close();
        }
    }
}
