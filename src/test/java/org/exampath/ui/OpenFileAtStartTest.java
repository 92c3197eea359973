package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code exampath open FILE} on a database whose last encounter is still open: App.start builds the window's model,
 * which starts resuming that encounter off the JavaFX thread, and opens the file straight after. The file stays on
 * screen and is saved as an encounter of its own; the encounter left open is neither put back over it nor written.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFileAtStartTest {
    @TempDir
    Path dir;

    private Database db;
    private ExamViewModel model;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.autosave().shutdown();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aFileOpenedAtStartStaysOnScreenAndNothingOfItGoesIntoTheEncounterLeftOpen() throws Exception {
        db = Database.open(dir.resolve("exampath.db"));
        // left open by this computer's user, whose window would resume it
        EncounterStore store = new EncounterStore(db, Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER,
                org.exampath.Workplace.of(dir));
        long old = store.create("Old patient", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
        store.save(old, "Old patient", Exams.of().is("nerve.slump", "positive").exam(), "anna");
        Path file = dir.resolve("new-patient.json");
        Files.writeString(file, "{\"format\":\"exam/1\",\"patient\":{\"label\":\"File patient\",\"age\":40,\"sex\":\"female\"},"
                + "\"findings\":{\"history.region.lateral_hip\":true}}", StandardCharsets.UTF_8);

        AtomicReference<ExamSession> session = new AtomicReference<>();
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        WindowStores stores = new WindowStores(Map.of(), dir, Clock.systemUTC());
        WindowRobot.onFx(() -> {
            session.set(new ExamSession(TestKnowledge.ENGINE));
            model = stores.sqlite(db).model(session.get());   // as App.start: the model resumes the last encounter
            model.autosave().statusProperty().addListener((obs, was, now) -> lines.add(now));
            model.open(file);                                  // then "open FILE"
        });
        // the start settles once the resume has said what it did (resumed, or dropped for the file)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines.stream()
                .anyMatch(l -> l.contains("Resumed encounter") || l.contains("not resumed")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("File patient", session.get().patientLabelProperty().get(),
                "the window shows another patient than the file opened at start: " + lines);
        assertEquals(Boolean.TRUE, session.get().exam().value("history.region.lateral_hip") != null,
                "the file's findings are not on screen");
        model.autosave().flush();
        org.exampath.store.Encounters.Encounter left = store.load(old).orElseThrow();
        assertEquals("Old patient", left.patientLabel(), "the file was written into the encounter left open: " + lines);
        assertEquals(Exams.of().is("nerve.slump", "positive").exam(), left.exam(),
                "the file's findings went into the encounter left open: " + lines);
        assertEquals("File patient", store.load(model.autosave().encounterIdProperty().get()).orElseThrow().patientLabel(),
                "the file is not saved as an encounter of its own");
    }
}
