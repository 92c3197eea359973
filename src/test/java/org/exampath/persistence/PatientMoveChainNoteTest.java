package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note's line about a move between patients, from a real SQLite file's audit: only the move that brought the exam
 * to the patient whose note it is and that no later move (or restore) took back. A move away from this patient, or one
 * to a patient the exam has left, is not one "here".
 */
class PatientMoveChainNoteTest {
    private static final Exam VISIT = Exams.of().is("nerve.slump", "positive").exam();

    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The note's lines for the encounter as the store holds it now, with the patient it holds it under. */
    private static List<String> noteLines(Encounters store, long id) {
        return Attribution.moves(store.load(id).orElseThrow().patientLabel(), store.audit(id));
    }

    private static String line(String who) {
        return "Moved here from another patient's record by " + who + " at " + org.exampath.text.Describe.minute(DatabaseTest.CLOCK.instant().toString());
    }

    @Test
    void anExamMovedAwayAndBackIsSaidOnceToHaveComeBackNotTwiceToHaveComeFromAnotherPatient() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-Ida", "anna", Exams.of().exam(), "v", null);
        store.save(id, "P-Bea", VISIT, "anna"); // mis-filed
        store.save(id, "P-Ida", VISIT, "ben"); // put back
        assertEquals("P-Ida", store.load(id).orElseThrow().patientLabel());
        assertEquals(List.of(line("ben")), noteLines(store, id), "one line: the move back from the other record");
    }

    @Test
    void anExamMovedOnTwiceIsSaidOnceToHaveComeFromThePatientBefore() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-A", "anna", VISIT, "v", null);
        store.save(id, "P-B", VISIT, "anna");
        store.save(id, "P-C", VISIT, "ben");
        assertEquals(List.of(line("ben")), noteLines(store, id), "seen from P-C, only the move from P-B brought it here");
    }

    @Test
    void anExamMovedHereAwayAndHereAgainIsSaidOnceToHaveComeHere() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-A", "anna", VISIT, "v", null);
        store.save(id, "P-C", VISIT, "anna");
        store.save(id, "P-B", VISIT, "anna");
        store.save(id, "P-C", VISIT, "ben");
        assertEquals(List.of(line("ben")), noteLines(store, id), "the first move here was undone; the last one stands");
    }

    @Test
    void aMoveARestoreTookBackIsNotInTheNoteOfThePatientTheExamWentBackTo() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-A", "anna", VISIT, "v", null);
        db.backup();
        store.save(id, "P-B", VISIT, "ben");
        db.restoreFromBackup("carol"); // the exam is P-A's again; the audit keeps ben's move, written since the backup
        assertEquals("P-A", store.load(id).orElseThrow().patientLabel());
        assertEquals(1, store.audit(id).stream().filter(a -> a.finding().equals("encounter.patient")).count());
        assertEquals(List.of(), noteLines(store, id), "the exam never came to P-A from anyone else's record");
    }

    @Test
    void aRestoreToAPatientTheExamWasMovedToKeepsThatMoveInTheNote() {
        db = Database.open(dir.resolve("exampath.db"));
        EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        long id = store.create("P-A", "anna", VISIT, "v", null);
        store.save(id, "P-C", VISIT, "anna");
        db.backup();
        store.save(id, "P-B", VISIT, "ben");
        db.restoreFromBackup("carol"); // P-C's again, as when the backup was taken
        assertEquals("P-C", store.load(id).orElseThrow().patientLabel());
        assertEquals(List.of(line("anna")), noteLines(store, id), "the move from P-A that brought it to P-C still stands");
    }
}
