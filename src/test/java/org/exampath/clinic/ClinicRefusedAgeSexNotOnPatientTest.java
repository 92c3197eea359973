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
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An age or sex the encounter refuses (a colleague changed it since this client read it, clinic migration 010) is not
 * written to the encounter's patient either: the patient's details stay as the colleague left them, and no audit row
 * names this client for them. Nor does the client's next save, sending the colleague's values it was shown, write them
 * again in its name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicRefusedAgeSexNotOnPatientTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
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

    @Test
    void aRefusedAgeAndSexLeaveThePatientAsTheColleagueSetIt() {
        Exam visit = Exams.of().patient(52, Sex.FEMALE).is("nerve.slump", "positive").exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Refused details", "x", visit, "v", null, "refused-details");
            a.save(id, "Refused details", visit, "x");
            Exam carolSees = c.load(id).orElseThrow().exam();
            c.save(id, "Refused details", carolSees.withPatient(new Patient(72, Sex.MALE)), "x");

            SaveConflict conflict = assertThrows(SaveConflict.class,
                    () -> a.save(id, "Refused details", visit.withPatient(new Patient(45, Sex.OTHER)), "x"));
            assertEquals(List.of("encounter.age", "encounter.sex"), conflict.entries().stream().map(SaveConflict.Clash::finding)
                    .sorted().toList());
            List<String> carols = List.of(carol + " patient.sex male", carol + " patient.birth_year 1954");
            assertEquals(carols, details(a, id), "the patient keeps carol's details, none of alice's refused ones");

            // alice's window now shows carol's age and sex, and saves them: nothing is written in her name
            a.save(id, "Refused details", visit.withPatient(new Patient(72, Sex.MALE)), "x");
            assertEquals(carols, details(a, id));
            assertEquals(new Patient(72, Sex.MALE), a.load(id).orElseThrow().exam().patient());

            // her own entered over carol's, once seen, is hers
            a.save(id, "Refused details", visit.withPatient(new Patient(72, Sex.OTHER)), "x");
            assertEquals(List.of(carol + " patient.sex male", carol + " patient.birth_year 1954", alice + " patient.sex other"),
                    details(a, id));
        }
    }

    /** The patient's detail rows of the audit, in order, as "who finding value". */
    private static List<String> details(ClinicEncounterStore store, long id) {
        return store.audit(id).stream().filter(e -> e.finding().startsWith("patient."))
                .map(e -> e.clinician() + " " + e.finding() + " " + shown(e.newValue())).toList();
    }

    private static String shown(FindingValue value) {
        return value instanceof FindingValue.Choice c ? c.value() : value instanceof FindingValue.Count n
                ? Integer.toString(n.value()) : String.valueOf(value);
    }
}
