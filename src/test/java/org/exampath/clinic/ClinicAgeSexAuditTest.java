package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 017: every change of an encounter's own age or sex is an audit row (encounter.age, encounter.sex) in
 * the name of who made it, also when the patient's details do not move with it (an age corrected by one year keeps the
 * birth year; a sex cleared in one visit keeps the patient's), and a stale client's refused age or sex names that
 * colleague (review 27, finding 7).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicAgeSexAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private PgTestServer server;
    private String anna;
    private String ben;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        ben = server.newMember("ben", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    /** The audit rows of one of the encounter's own entries, as "who before -> after" (values as the store encodes them). */
    private static List<String> rows(Encounters store, long id, String entry) {
        return store.audit(id).stream().filter(a -> a.finding().equals(entry))
                .map(a -> a.clinician() + " " + ValueCodec.encode(a.oldValue()) + " -> " + ValueCodec.encode(a.newValue()))
                .toList();
    }

    @Test
    void anAgeCorrectedByOneYearIsAuditedAndARefusedStaleAgeNamesWhoCorrectedIt() {
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(anna), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore b = new ClinicEncounterStore(server.as(ben), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Age by a year", "x", Exams.of().patient(68, Sex.FEMALE).exam(), "v", null, "age-by-a-year");
            Exam annaSees = a.load(id).orElseThrow().exam();
            Exam his = b.load(id).orElseThrow().exam();
            b.save(id, "Age by a year", his.withPatient(new Patient(69, Sex.FEMALE)), "x");
            assertEquals(List.of(ben + " n:68 -> n:69"), rows(a, id, "encounter.age"), "the year's correction is audited");

            SaveConflict conflict = assertThrows(SaveConflict.class, () -> a.save(id, "Age by a year",
                    annaSees.withPatient(new Patient(70, Sex.FEMALE)), "x"));
            assertEquals(ben, conflict.entries().get(0).setBy(), conflict.getMessage());
            assertEquals(69, a.load(id).orElseThrow().exam().patient().age());
        }
    }

    @Test
    void aSexClearedByAColleagueIsAuditedAndARefusedStaleSexNamesThem() {
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(anna), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore b = new ClinicEncounterStore(server.as(ben), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Sex cleared", "x", Exams.of().patient(68, null).exam(), "v", null, "sex-cleared");
            Exam first = a.load(id).orElseThrow().exam();
            a.save(id, "Sex cleared", first.withPatient(new Patient(68, Sex.FEMALE)), "x");
            Exam annaSees = a.load(id).orElseThrow().exam();
            Exam his = b.load(id).orElseThrow().exam();
            b.save(id, "Sex cleared", his.withPatient(new Patient(68, null)), "x");
            assertEquals(List.of(anna + " null -> c:female", ben + " c:female -> null"), rows(a, id, "encounter.sex"));

            SaveConflict conflict = assertThrows(SaveConflict.class, () -> a.save(id, "Sex cleared",
                    annaSees.withPatient(new Patient(68, Sex.MALE)), "x"));
            assertEquals(ben, conflict.entries().get(0).setBy(), conflict.getMessage());
            assertEquals(null, a.load(id).orElseThrow().exam().patient().sex(), "the sex ben cleared stays cleared");
        }
    }
}
