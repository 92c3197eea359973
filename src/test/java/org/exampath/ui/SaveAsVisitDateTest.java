package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.persistence.Database;
import org.exampath.persistence.DatabaseTestAccess;
import org.exampath.persistence.EncounterStore;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.exam.ExamViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (review-flows): an earlier visit opened from the Encounters list and saved with Save As must keep its visit
 * date in the file (exam/1 {@code encounter.date}), as {@code export ID} does; without it, {@code report FILE} and
 * {@code import} date last week's visit today.
 */
class SaveAsVisitDateTest {
    @TempDir
    Path dir;

    @Test
    void anEarlierVisitSavedAsAFileKeepsItsVisitDate() throws Exception {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTestAccess.CLOCK);
            long id = store.create("P-4", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
            store.save(id, "P-4", Exams.of().is("nerve.slump", "positive").exam(), "anna", "lumbar_radicular", 0.5);
            String visit = store.load(id).orElseThrow().date();
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            Autosave autosave = new Autosave(session, store, "anna", DatabaseTestAccess.CLOCK);
            autosave.runStatusUpdatesWith(Runnable::run);
            ExamViewModel model = new ExamViewModel(session, autosave);
            autosave.load(id).join();
            assertEquals(visit, model.noteContext().date(), "sanity: the window's note of the visit carries its date");
            Path file = dir.resolve("p4.json");
            assertTrue(model.saveAs(file));
            JsonNode saved = new ObjectMapper().readTree(file.toFile());
            assertEquals(visit, saved.path("encounter").path("date").asText(null),
                    "the saved file has lost the visit's date: " + saved);
            autosave.shutdown();
        }
    }
}
