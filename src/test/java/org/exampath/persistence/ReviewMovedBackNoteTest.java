package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.store.Attribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding: an exam filed under the wrong patient and moved back is, in its own patient's note, said to have been
 * "moved here from another patient's record" twice: the first line describes the move AWAY from this patient.
 */
class ReviewMovedBackNoteTest {
    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void anExamMovedAwayAndBackIsNotSaidToHaveComeFromAnotherPatientTwice() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK);
        long id = store.create("P-Ida", "anna", Exams.of().exam(), "v", null);
        store.save(id, "P-Bea", Exams.of().is("nerve.slump", "positive").exam(), "anna", "x", 0.2); // mis-filed
        store.save(id, "P-Ida", Exams.of().is("nerve.slump", "positive").exam(), "anna", "x", 0.2); // put back
        assertEquals("P-Ida", store.load(id).orElseThrow().patientLabel());
        // the note printed into P-Ida's file: at most one line, the move back from the other record
        assertEquals(1, Attribution.moves(store.audit(id)).size(), String.valueOf(Attribution.moves(store.audit(id))));
    }
}
