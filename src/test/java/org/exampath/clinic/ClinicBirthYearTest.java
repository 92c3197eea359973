package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clinic store on a real PostgreSQL server: an age is read against its visit's date, a save that leaves the age
 * as stored writes no patient detail, and a label typed and the same from a Mac file are one patient (the first two
 * from the records review's clinic tests, findings 1 and 2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicBirthYearTest {
    private static final Clock IN_2024 = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private PgTestServer server;
    private String alice;
    private String carol;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private static Exam dated(Exam exam, String date) {
        return exam.withRecord(ExamRecord.NONE.withDate(LocalDate.parse(date)));
    }

    /** Finding 1 on the clinic store: the same patient's 2020 and 2026 files, each with the age of its own day. */
    @Test
    void importingTwoDatedVisitsOfOnePatientYearsApartIsNotRefusedAsAnotherPatient() {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), IN_2026, org.exampath.TestKnowledge.SUMMARISER)) {
            Exam in2020 = dated(Exams.of().patient(40, Sex.FEMALE).is("nerve.slump", "positive").exam(), "2020-06-01");
            Exam in2026 = dated(Exams.of().patient(46, Sex.FEMALE).is("nerve.slump", "negative").exam(), "2026-06-01");
            store.importAll(List.of(new Encounters.NewEncounter("Ruth K review", in2020, null, null, "review-k-2020")), "", "v");
            assertDoesNotThrow(() -> store.importAll(List.of(new Encounters.NewEncounter("Ruth K review", in2026, null, null,
                    "review-k-2026")), "", "v"), "the same woman, 40 in 2020 and 46 in 2026, is one patient");
        }
    }

    /** Finding 2 on the clinic store: carol corrects only the plan of alice's 2024 visit, in 2026. */
    @Test
    void correctingThePlanOfAnOldVisitWritesNoBirthYearChangeInTheClinicianName() {
        Exam visit = Exams.of().patient(40, Sex.MALE).is("nerve.slump", "positive").exam();
        long id;
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), IN_2024, org.exampath.TestKnowledge.SUMMARISER)) {
            id = a.create("Tom B review", "x", visit, "v", null, "review-tom-2024");
            a.save(id, "Tom B review", visit, "x");
        }
        try (ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), IN_2026, org.exampath.TestKnowledge.SUMMARISER)) {
            Exam loaded = c.load(id).orElseThrow().exam();
            c.save(id, null, loaded.withRecord(loaded.record().withPlan("review in 6 weeks")), "x");
            List<Encounters.AuditEntry> byCarol = c.audit(id).stream().filter(e -> carol.equals(e.clinician())).toList();
            assertTrue(byCarol.stream().noneMatch(e -> e.finding().startsWith("patient.")),
                    "carol changed only the plan; the audit says she changed: " + byCarol);
        }
    }

    @Test
    void anAgeCorrectedAtAnOldVisitIsReadAgainstThatVisitsDate() {
        Exam visit = Exams.of().patient(40, Sex.MALE).exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), IN_2024, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Lee age review", "x", visit, "v", null, "review-lee-2024");
            a.save(id, "Lee age review", visit, "x");
            try (ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), IN_2026, org.exampath.TestKnowledge.SUMMARISER)) {
                Exam loaded = c.load(id).orElseThrow().exam();
                c.save(id, null, loaded.withPatient(loaded.patient().withAge(43)), "x");
                assertEquals(List.of("patient.birth_year 1984 -> 1981"), c.audit(id).stream()
                        .filter(e -> e.finding().startsWith("patient."))
                        .map(e -> e.finding() + " " + ((org.exampath.domain.FindingValue.Count) e.oldValue()).value() + " -> "
                                + ((org.exampath.domain.FindingValue.Count) e.newValue()).value()).toList(),
                        "43 at a visit of 2024: born 1981, whatever year it is corrected in");
            }
        }
    }

    @Test
    void aLabelTypedAndTheSameLabelFromAMacFileAreOnePatient() {
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), IN_2026, org.exampath.TestKnowledge.SUMMARISER)) {
            store.create("Jos\u00e9 Ruiz review", "x", Exams.of().patient(50, Sex.MALE).exam(), "v", null, "review-jose-typed");
            Exam fromMac = dated(Exams.of().patient(50, Sex.MALE).is("nerve.slump", "positive").exam(), "2026-11-01");
            store.importAll(List.of(new Encounters.NewEncounter("Jose\u0301 Ruiz review", fromMac, null, null, "review-jose-mac")),
                    "", "v");
            assertEquals(2, store.list("Jos\u00e9 Ruiz review", 10).size(), "searching the name as typed finds both of his visits");
            assertEquals(2, store.list("Jose\u0301 Ruiz review", 10).size(), "and so does the name as a Mac writes it");
        }
    }
}
