package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The one-round-trip save on a real PostgreSQL server: a database set up by an older ExamPath (schema
 * version 2, with its rows) is brought up to date by clinic-init and keeps working; a save whose picture
 * of the patient is out of date works the patient out again instead of skipping the rule; two clinicians
 * recording the same new finding get a conflict, not an overwrite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicSaveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private PgTestServer server;
    private String alice;
    private String carol;
    private long oldEncounter;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(2, server.asAdmin().migrate(2), "set up as an ExamPath of schema version 2 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        try (Connection c = server.as(alice).connect()) {
            long patient = id(c, "INSERT INTO exampath.patient (label, birth_year, sex) VALUES ('Old patient', 1970, 'male') RETURNING id");
            oldEncounter = id(c, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version) VALUES (" + patient
                    + ", DATE '2026-11-20', 'kb') RETURNING id");
            id(c, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + oldEncounter
                    + ", 'nerve.slump', 'c:positive') RETURNING version");
        }
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 2, server.asAdmin().migrate(), "clinic-init brings it up to date");
        assertEquals(0, server.asAdmin().migrate(), "and running it again changes nothing");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private ClinicEncounterStore store(String role) {
        return new ClinicEncounterStore(server.as(role), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
    }

    @Test
    void anEncounterStoredBeforeTheUpgradeLoadsSavesAndKeepsItsVersions() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            Exam exam = a.load(oldEncounter).orElseThrow().exam();
            assertEquals(new FindingValue.Choice("positive"), exam.value("nerve.slump"));
            Exam seenByCarol = c.load(oldEncounter).orElseThrow().exam();
            assertEquals(1, a.save(oldEncounter, null, exam.with("nerve.slump", new FindingValue.Choice("negative")), "x"));
            SaveConflict conflict = assertThrows(SaveConflict.class, () -> c.save(oldEncounter, null,
                    seenByCarol.with("nerve.slump", null), "x"));
            assertEquals("nerve.slump", conflict.conflicts().get(0).finding());
            assertEquals("c:negative", conflict.conflicts().get(0).theirs());
            assertEquals(alice, conflict.conflicts().get(0).setBy());
            assertEquals(new FindingValue.Choice("negative"), a.load(oldEncounter).orElseThrow().exam().value("nerve.slump"));
        }
    }

    @Test
    void aSaveWithAnOutOfDatePictureOfThePatientAppliesThePatientRuleToWhatIsStored() {
        Exam fortyYearOld = Exams.of().patient(40, Sex.FEMALE).yes("history.aggravator.sitting").exam();
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long id = a.create("Stale picture", "x", fortyYearOld, "kb", null);
            a.save(id, null, fortyYearOld.with("nerve.slump", new FindingValue.Choice("positive")), "x");
            Exam carols = c.load(id).orElseThrow().exam();
            c.save(id, null, carols.withPatient(new Patient(50, Sex.FEMALE)), "x");
            int before = a.audit(id).size();

            assertEquals(1, a.save(id, null, fortyYearOld.with("nerve.slump", new FindingValue.Choice("positive"))
                    .with("nerve.slr", new FindingValue.Choice("negative")), "x"));

            List<Encounters.AuditEntry> after = a.audit(id).subList(before, a.audit(id).size());
            // Alice did not change the age since she saved it: the encounter keeps Carol's (clinic migration 010), and so
            // does its patient; her out-of-date age is not written back over Carol's birth year in her name
            assertTrue(after.stream().noneMatch(e -> e.finding().startsWith("patient.")), "no patient detail is written: " + after);
            assertEquals(new Patient(50, Sex.FEMALE), a.load(id).orElseThrow().exam().patient());
            assertTrue(after.stream().anyMatch(e -> e.finding().equals("nerve.slr")), "her finding is saved: " + after);
        }
    }

    @Test
    void twoCliniciansRecordingTheSameNewFindingGetAConflictNotAnOverwrite() {
        Exam exam = Exams.of().yes("history.aggravator.sitting").exam();
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long id = a.create("New finding race", "x", exam, "kb", null);
            Exam seenByCarol = c.load(id).orElseThrow().exam();
            a.save(id, null, exam.with("nerve.slr", new FindingValue.Choice("positive")), "x");
            SaveConflict conflict = assertThrows(SaveConflict.class, () -> c.save(id, null,
                    seenByCarol.with("nerve.slr", new FindingValue.Choice("negative")), "x"));
            assertEquals("changed meanwhile by another clinician, not overwritten: nerve.slr is positive (set by " + alice
                    + ") where you have negative", conflict.getMessage());
            assertEquals(new FindingValue.Choice("positive"), a.load(id).orElseThrow().exam().value("nerve.slr"));
        }
    }

    @Test
    void aSaveOfAnEncounterThatIsNotThereSaysSoAndWritesNothing() {
        try (ClinicEncounterStore a = store(alice)) {
            StoreException e = assertThrows(StoreException.class, () -> a.save(987_654, null, Exams.of().exam(), "x"));
            assertTrue(e.getMessage().contains("encounter 987654 does not exist in this clinic"), e.getMessage());
        }
    }
}
