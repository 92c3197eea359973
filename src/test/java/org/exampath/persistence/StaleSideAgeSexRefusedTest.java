package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one SQLite file: the encounter's side, age and sex follow the clinic store's rule as its plan
 * does. One a colleague changed since this window read it stands and comes back as a conflict naming both values;
 * sent again unseen it is refused again; once read, this clinician's change is written. Side, age and sex feed the
 * red-flag rules (symptoms in both legs, age 70, female), so a stale window never silently undoes a correction.
 */
class StaleSideAgeSexRefusedTest {
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
        anna = new EncounterStore(annasApp, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
        ben = new EncounterStore(bensApp, DatabaseTest.CLOCK, org.exampath.TestKnowledge.SUMMARISER);
    }

    @AfterEach
    void close() {
        bensApp.close();
        annasApp.close();
    }

    @Test
    void aSideChangedByBothIsRefusedTheColleaguesStandsAndOnceReadHisIsWritten() {
        long id = anna.create("Ida", "anna", Exams.of().exam().withSide(Side.LEFT), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", anna.load(id).orElseThrow().exam().withSide(Side.BILATERAL), "anna");

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> ben.save(id, "Ida", benSees.withSide(Side.RIGHT), "ben"));
        assertEquals(List.of(new SaveConflict.Clash("encounter.side", "right", "bilateral", "anna", DatabaseTest.CLOCK.instant())),
                conflict.entries());
        assertEquals(Side.BILATERAL, anna.load(id).orElseThrow().exam().side(), "anna's correction stands");
        assertThrows(SaveConflict.class, () -> ben.save(id, "Ida", benSees.withSide(Side.RIGHT), "ben"),
                "sent again unseen, it is refused again");
        assertEquals(Side.BILATERAL, anna.load(id).orElseThrow().exam().side());

        ben.save(id, "Ida", ben.load(id).orElseThrow().exam().withSide(Side.RIGHT), "ben");
        assertEquals(Side.RIGHT, anna.load(id).orElseThrow().exam().side(), "read, then changed: his deliberate change");
    }

    @Test
    void anAgeAndSexChangedByBothAreRefusedAndAChangeOnlyHeMadeIsKept() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", anna.load(id).orElseThrow().exam().withPatient(new Patient(72, Sex.FEMALE)), "anna");

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> ben.save(id, "Ida", benSees.withPatient(new Patient(66, Sex.FEMALE)).withSide(Side.LEFT), "ben"));
        assertEquals(List.of("encounter.age 66 -> 72 set by anna"), conflict.entries().stream()
                .map(c -> c.finding() + " " + c.yours() + " -> " + c.theirs() + " set by " + c.setBy()).toList());
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(72, stored.patient().age(), "anna's age stands");
        assertEquals(Side.LEFT, stored.side(), "the side only ben changed is kept");
    }

    @Test
    void aValueOnlyTheColleagueChangedIsLeftAsTheyStoredIt() {
        long id = anna.create("Ida", "anna", Exams.of().patient(40, Sex.MALE).exam().withSide(Side.LEFT), "v", null);
        Exam benSees = ben.load(id).orElseThrow().exam();
        anna.save(id, "Ida", anna.load(id).orElseThrow().exam().withSide(Side.BILATERAL), "anna");

        ben.save(id, "Ida", benSees.withPatient(new Patient(41, Sex.MALE)), "ben");
        Exam stored = anna.load(id).orElseThrow().exam();
        assertEquals(Side.BILATERAL, stored.side(), "ben did not touch the side: anna's stands, no conflict");
        assertEquals(41, stored.patient().age());
    }
}
