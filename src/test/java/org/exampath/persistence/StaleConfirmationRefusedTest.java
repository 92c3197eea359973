package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real SQLite file shared by two clinicians' stores: a confirmation (a carried-over finding examined again and
 * found as shown) is written in the confirming clinician's name only for the value their window last read or wrote.
 * A value a colleague set since is refused as a conflict naming it and who set it, with nothing written, as the clinic
 * store refuses it by version.
 */
class StaleConfirmationRefusedTest {
    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static List<String> rowsBy(EncounterStore store, long id, String who) {
        return store.audit(id).stream().filter(a -> who.equals(a.clinician()))
                .map(a -> a.finding() + " " + a.oldValue() + "->" + a.newValue()).toList();
    }

    @Test
    void aConfirmationOfAValueAColleagueSetSinceIsRefusedAndNothingIsWrittenInMyName() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
        ben.load(id).orElseThrow(); // ben's window shows slump: positive
        anna.save(id, "Ida", Exams.of().is("nerve.slump", "negative").exam(), "anna");

        SaveConflict refused = assertThrows(SaveConflict.class, () -> ben.confirm(id, "ben", "nerve.slump"));

        assertEquals(List.of(new SaveConflict.Clash("nerve.slump", "c:positive", "c:negative", "anna", DatabaseTest.CLOCK.instant())),
                refused.conflicts(), "both values, and who set the one that stands");
        assertEquals(List.of(), rowsBy(anna, id, "ben"), "ben never saw 'negative': nothing says he confirmed it");
        assertEquals("negative", ((org.exampath.domain.FindingValue.Choice) anna.load(id).orElseThrow().exam().value("nerve.slump")).value());
    }

    @Test
    void onceTheColleaguesValueIsReadItCanBeConfirmed() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);
        ben.load(id).orElseThrow();
        anna.save(id, "Ida", Exams.of().is("nerve.slump", "negative").exam(), "anna");
        assertThrows(SaveConflict.class, () -> ben.confirm(id, "ben", "nerve.slump"));

        ben.load(id).orElseThrow(); // ben's window now shows anna's value

        ben.confirm(id, "ben", "nerve.slump");
        assertEquals(List.of("nerve.slump Choice[value=negative]->Choice[value=negative]"), rowsBy(anna, id, "ben"));
    }

    @Test
    void aValueAColleagueClearedSinceIsRefusedToo() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().is("nerve.slump", "positive").count("history.nrs_now", 6).exam(), "v", null);
        ben.load(id).orElseThrow();
        anna.save(id, "Ida", Exams.of().count("history.nrs_now", 6).exam(), "anna");

        SaveConflict refused = assertThrows(SaveConflict.class, () -> ben.confirm(id, "ben", "nerve.slump"));

        assertEquals(null, refused.conflicts().get(0).theirs(), "not recorded now");
        assertEquals(List.of(), rowsBy(anna, id, "ben"));
    }

    @Test
    void myOwnValueUnchangedIsConfirmedOnceAndNothingIsConfirmedWithoutAValueOrWithoutHavingReadIt() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore anna = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        EncounterStore ben = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = anna.create("Ida", "anna", Exams.of().is("nerve.slump", "positive").exam(), "v", null);

        ben.confirm(id, "ben", "nerve.slump"); // ben's store never read it: he cannot have seen a value
        ben.load(id).orElseThrow();
        ben.confirm(id, "ben", "palpation.piriformis"); // no value to confirm
        ben.confirm(id, "ben", "nerve.slump");

        assertEquals(List.of("nerve.slump Choice[value=positive]->Choice[value=positive]"), rowsBy(anna, id, "ben"));
    }
}
