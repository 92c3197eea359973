package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.exampath.TestKnowledge;
import org.exampath.WindowStores;
import org.exampath.persistence.Database;
import org.exampath.persistence.SettingsStore;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.exampath.ui.exam.OpenedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two copies of the app on one SQLite file (the README's "practice's shared drive"): the clinician's name entered in
 * Settings is kept on each computer for its user, not in the shared file, so whoever saved Settings last never names
 * everyone. A name an older version kept in the file is offered on screen, never taken as this user's.
 */
@ExtendWith(ApplicationExtension.class)
class SharedFileClinicianNameTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** One start of the window on {@code shared} from a computer whose own data folder is {@code local}. */
    private String startSaveAndQuit(Path shared, Path local, String name) throws Exception {
        Database db = Database.open(shared);
        OpenedStore opened = new WindowStores(Map.of(), local, Clock.systemUTC()).sqlite(db);
        AtomicReference<ExamViewModel> model = new AtomicReference<>();
        WindowRobot.onFx(() -> model.set(opened.model(new ExamSession(TestKnowledge.ENGINE))));
        String shown = model.get().clinicianProperty().get();
        if (name != null) {
            boolean[] saved = new boolean[1];
            WindowRobot.onFx(() -> saved[0] = model.get().saveSettings(name, "Harbour Physio"));
            assertTrue(saved[0], "Settings took the name " + name);
        }
        opened.close();
        return shown;
    }

    @Test
    void aColleaguesSettingsOnTheSharedFileDoNotRenameTheNextClinicianOnAnotherComputer() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("practice-drive")).resolve("exampath.db");
        Path bensComputer = Files.createDirectories(dir.resolve("ben"));
        Path annasComputer = Files.createDirectories(dir.resolve("anna"));

        startSaveAndQuit(shared, bensComputer, "Ben Okoro");       // Monday: Ben sets his name once on his computer
        startSaveAndQuit(shared, annasComputer, "Anna Lee");       // Anna sets hers on the front-desk computer
        String bensNextStart = startSaveAndQuit(shared, bensComputer, null);

        assertEquals("Ben Okoro", bensNextStart, "Ben's next start on his own computer works in the name Anna entered on hers: "
                + "every finding he enters is audited, and every note signed, as \"" + bensNextStart + "\"");
        assertEquals("Anna Lee", startSaveAndQuit(shared, annasComputer, null), "Anna's next start keeps her own name");
    }

    @Test
    void aNameAnOlderVersionKeptInTheFileIsOfferedNotTaken() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("practice-drive")).resolve("exampath.db");
        try (Database db = Database.open(shared)) {
            // what an older ExamPath left: Anna's name in the shared file's settings
            new SettingsStore(db).save(new SettingsStore.Settings("Anna Lee", "Harbour Physio")).join();
        }
        Path bensComputer = Files.createDirectories(dir.resolve("ben"));
        Database db = Database.open(shared);
        OpenedStore opened = new WindowStores(Map.of(), bensComputer, Clock.systemUTC()).sqlite(db);
        AtomicReference<ExamViewModel> model = new AtomicReference<>();
        WindowRobot.onFx(() -> model.set(opened.model(new ExamSession(TestKnowledge.ENGINE))));
        try {
            assertEquals("", model.get().clinicianProperty().get(), "Ben's computer took the name in the file as his");
            assertEquals("", model.get().autosave().clinician(), "Ben's entries would be audited in Anna's name");
            assertEquals("Harbour Physio", model.get().clinicProperty().get(), "the practice's name may come from the file");
            assertTrue(opened.remark().contains("Anna Lee") && opened.remark().contains("Settings"),
                    "the name in the file is offered, with where to enter one's own: " + opened.remark());
        } finally {
            opened.close();
        }
        assertEquals("", startSaveAndQuit(shared, bensComputer, null), "nothing was kept in a name Ben did not enter");
    }
}
