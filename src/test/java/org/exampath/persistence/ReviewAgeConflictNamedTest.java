package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, finding 8: the SQLite store names who set a refused age from the last audit row of patient.birth_year, but
 * an age corrected by one year leaves the birth year as it was (PatientDetails.birthYear), so no row is written: the
 * conflict says "set by null" (the status line: "your age, which null changed"), and the change of the encounter's age
 * is in no audit row at all. A sex cleared by a colleague is likewise unaudited, and the refusal names whoever set
 * the sex before.
 */
class ReviewAgeConflictNamedTest {
    @TempDir
    Path dir;
    private Database annasApp;
    private Database bensApp;
    private EncounterStore anna;
    private EncounterStore ben;

    @BeforeEach
    void open() {
        annasApp = Database.open(dir.resolve("shared.db"));
        bensApp = Database.open(dir.resolve("shared.db"));
        anna = new EncounterStore(annasApp, DatabaseTest.CLOCK);
        ben = new EncounterStore(bensApp, DatabaseTest.CLOCK);
    }

    @AfterEach
    void close() {
        bensApp.close();
        annasApp.close();
    }

    @Test
    void anAgeCorrectedByOneYearIsNamedWithWhoCorrectedIt() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null);
        Exam annaSees = anna.load(id).orElseThrow().exam();
        Exam his = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", his.withPatient(new Patient(69, Sex.FEMALE)), "ben", null, null, null);

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> anna.save(id, "Ida", annaSees.withPatient(new Patient(70, Sex.FEMALE)), "anna", null, null, null));
        assertEquals(69, anna.load(id).orElseThrow().exam().patient().age());
        assertEquals("ben", conflict.entries().get(0).setBy(), conflict.getMessage());
    }

    @Test
    void aSexClearedByAColleagueIsNamedWithThem() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, null).exam(), "v", null);
        Exam first = anna.load(id).orElseThrow().exam();
        anna.save(id, "Ida", first.withPatient(new Patient(68, Sex.FEMALE)), "anna", null, null, null);
        Exam annaSees = anna.load(id).orElseThrow().exam();
        Exam his = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", his.withPatient(new Patient(68, null)), "ben", null, null, null);

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> anna.save(id, "Ida", annaSees.withPatient(new Patient(68, Sex.MALE)), "anna", null, null, null));
        assertEquals("ben", conflict.entries().get(0).setBy(), conflict.getMessage());
    }
}
