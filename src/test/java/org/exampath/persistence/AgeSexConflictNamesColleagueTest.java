package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app instances on one SQLite file. Every stored change of an encounter's age or sex is an audit row in the name of
 * who made it (encounter.age, encounter.sex), also when the patient's details do not move with it (an age corrected by
 * one year keeps the birth year; a sex cleared in one visit keeps the patient's), so a stale window's refused age or sex
 * names the colleague who set the stored one (review 27, finding 7).
 */
class AgeSexConflictNamesColleagueTest {
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
    void anAgeCorrectedByOneYearIsNamedWithWhoCorrectedIt() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null);
        Exam annaSees = anna.load(id).orElseThrow().exam();
        Exam his = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", his.withPatient(new Patient(69, Sex.FEMALE)), "ben");

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> anna.save(id, "Ida", annaSees.withPatient(new Patient(70, Sex.FEMALE)), "anna"));
        assertEquals(69, anna.load(id).orElseThrow().exam().patient().age());
        assertEquals("ben", conflict.entries().get(0).setBy(), conflict.getMessage());
        assertEquals(List.of(new Encounters.AuditEntry(DatabaseTest.CLOCK.instant().toString(), "ben", "encounter.age",
                new FindingValue.Count(68), new FindingValue.Count(69))), rows(id, "encounter.age"), "ben's change is audited");
    }

    @Test
    void aSexClearedByAColleagueIsNamedWithThem() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, null).exam(), "v", null);
        Exam first = anna.load(id).orElseThrow().exam();
        anna.save(id, "Ida", first.withPatient(new Patient(68, Sex.FEMALE)), "anna");
        Exam annaSees = anna.load(id).orElseThrow().exam();
        Exam his = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", his.withPatient(new Patient(68, null)), "ben");

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> anna.save(id, "Ida", annaSees.withPatient(new Patient(68, Sex.MALE)), "anna"));
        assertEquals("ben", conflict.entries().get(0).setBy(), conflict.getMessage());
        assertEquals(List.of("anna: none -> female", "ben: female -> none"), rows(id, "encounter.sex").stream()
                .map(r -> r.clinician() + ": " + text(r.oldValue()) + " -> " + text(r.newValue())).toList());
        assertEquals(null, anna.load(id).orElseThrow().exam().patient().sex(), "the sex ben cleared stays cleared");
    }

    @Test
    void aLaterRowOfThePatientsSexDoesNotStandForWhoSetTheEncountersOwn() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null);
        Exam annaSees = anna.load(id).orElseThrow().exam();
        Exam his = ben.load(id).orElseThrow().exam();
        ben.save(id, "Ida", his.withPatient(new Patient(68, Sex.MALE)), "ben");
        // a newer row of the patient's sex on this encounter, in another name (the patient's details fill in by their own
        // rule, PatientDetails): it says nothing of who set this encounter's sex
        DatabaseTestAccess.execute(annasApp, "INSERT INTO audit (encounter_id, at, clinician, finding, old_value, new_value) "
                + "VALUES (" + id + ", '2026-11-28T10:00:00Z', 'carol', 'patient.sex', 'c:female', 'c:male')");

        SaveConflict conflict = assertThrows(SaveConflict.class,
                () -> anna.save(id, "Ida", annaSees.withPatient(new Patient(68, null)), "anna"));
        assertEquals("ben", conflict.entries().get(0).setBy(), conflict.getMessage());
    }

    @Test
    void anAgeOrSexChangedWithoutItsAuditRowIsRefusedByTheFile() {
        long id = anna.create("Ida", "anna", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null);
        for (String change : List.of("age = 69", "sex = NULL")) {
            StoreException refused = assertThrows(StoreException.class, () -> annasApp.write(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE encounter SET " + change + " WHERE id = " + id);
                }
            }));
            assertTrue(refused.getMessage().contains("age or sex changes only with its audit row"), refused.getMessage());
        }
        assertEquals(new Patient(68, Sex.FEMALE), anna.load(id).orElseThrow().exam().patient());
    }

    private List<Encounters.AuditEntry> rows(long id, String entry) {
        return anna.audit(id).stream().filter(r -> r.finding().equals(entry)).toList();
    }

    private static String text(FindingValue value) {
        return value == null ? "none" : ((FindingValue.Choice) value).value();
    }
}
