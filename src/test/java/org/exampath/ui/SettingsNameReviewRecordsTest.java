package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.store.Encounters;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review of record keeping, finding 9 (REVIEW-records.md): on a SQLite file the window's saves, audit rows and
 * red-flag actions carry the Settings name read when the window opened. Anna hands the consulting-room computer
 * to Ben, who puts his own name in Settings and examines: the note is signed "Ben Okafor", but his entries and the
 * action he records are stored in Anna's name until the app is restarted. Set up as the app does
 * (WindowStores: Autosave with the saved name, the model's clinician the same). Fails as reviewed.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsNameReviewRecordsTest {
    @TempDir
    static Path dir;

    private Database db;
    private Autosave autosave;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("settings-" + System.nanoTime() + ".db"));
        ExamSession session = new ExamSession(TestKnowledge.ENGINE);
        autosave = new Autosave(session, new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER), "Anna Physio", Clock.systemUTC());
        autosave.resume();
        model = new ExamViewModel(session, autosave);
        model.clinicianProperty().set("Anna Physio");
        model.setSettingsKeeper("on this computer", (name, clinic) -> CompletableFuture.completedFuture(null));
        ExamFiles files = new NoFiles();
        stage.setScene(ExamView.scene(new ExamView(model, files)));
        stage.show();
    }

    @AfterEach
    void tidy() {
        WindowRobot.onFx(autosave::shutdown);
        db.close();
    }

    @Test
    void whatBenEntersAfterPuttingHisNameInSettingsIsStoredInHisName(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertTrue(model.saveSettings("Ben Okafor", "")));
        robot.interact(() -> {
            model.session().patientLabelProperty().set("P-44");
            model.session().set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> autosave.encounterIdProperty().get() != null);
        robot.interact(() -> autosave.acknowledge("cauda_equina", "Sent to ED"));
        autosave.flush();
        long id = autosave.encounterIdProperty().get();
        assertEquals("Ben Okafor", model.noteContext().clinician(), "sanity: the note is signed by Ben");
        Encounters store = autosave.store();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !store.acknowledgements(id).isEmpty());
        List<String> who = store.audit(id).stream().map(a -> a.clinician() + ": " + a.finding()).toList();
        assertEquals(List.of("Ben Okafor: redflag.saddle_anaesthesia"), who, "Ben's entry is audited as someone else's");
        assertEquals("Ben Okafor", store.acknowledgements(id).get(0).clinician(), "Ben's red-flag action is stored as Anna's");
        assertEquals("Ben Okafor", store.load(id).orElseThrow().clinician(), "Ben's encounter is listed as Anna's");
    }
}
