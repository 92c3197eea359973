package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.encounters.EncounterBrowserViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser shows the leading hypothesis as words ("gluteal tendinopathy (50%)"); typing those words into its
 * search box finds the encounter, as one word of them does.
 */
class EncounterSearchHypothesisWordsTest {
    @TempDir
    Path dir;

    @Test
    void searchingForTheLeadingHypothesisAsTheListShowsItFindsTheEncounter() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK);
            long b = store.create("Q-9", "anna", Exams.of().yes("history.region.lateral_hip").exam(), "v", null);
            store.save(b, "Q-9", Exams.of().yes("history.region.lateral_hip").exam(), "anna", "gluteal_tendinopathy", 0.5);
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            EncounterBrowserViewModel browser = new EncounterBrowserViewModel(autosave);
            browser.runUpdatesWith(Runnable::run);
            browser.queryProperty().set("tendinopathy");
            browser.search().join();
            assertEquals(List.of(b), browser.rows().stream().map(EncounterStore.Row::id).toList(), "sanity: one word finds it");
            browser.queryProperty().set("gluteal tendinopathy");
            browser.search().join();
            assertEquals(List.of(b), browser.rows().stream().map(EncounterStore.Row::id).toList(),
                    "the words the Leading hypothesis column shows find it: " + browser.messageProperty().get());
            autosave.shutdown();
        }
    }
}
