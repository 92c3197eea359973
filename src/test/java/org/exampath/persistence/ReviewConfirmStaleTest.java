package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding: the SQLite store's confirm() writes "value to itself" in the confirming clinician's name for
 * whatever value is stored now, even one a colleague set after this clinician last read it. The clinic store
 * refuses that (confirm_finding's version check); the SQLite store must too.
 */
class ReviewConfirmStaleTest {
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
    void aConfirmationOfAValueAColleagueSetSinceIsNotWrittenInMyName() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK);
        long id = anna.create("Ida", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
        ben.load(id).orElseThrow(); // ben's window shows slump: positive
        anna.save(id, "Ida", Exams.of().is("nerve.slump", "negative").exam(), "anna", "x", 0.2);
        ben.confirm(id, "ben", "nerve.slump"); // ben re-affirms what his window shows (positive)
        List<String> rows = anna.audit(id).stream()
                .filter(a -> "ben".equals(a.clinician())).map(a -> a.finding() + " " + a.oldValue() + "->" + a.newValue()).toList();
        assertEquals(List.of(), rows, "ben never saw 'negative', yet the audit says he confirmed it");
    }
}
