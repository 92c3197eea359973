package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 014 on a real PostgreSQL server: moving an encounter to another patient is one audit row written by
 * the server in the moving login's name (whatever name the client passes), from the old patient's label to the new
 * one; a clinician still cannot write such a row, nor move an encounter to another clinic's patient; and a database
 * set up at version 13, holding rows and a move made then, keeps every row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicPatientMoveAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).side(Side.LEFT).is("nerve.slump", "positive").exam();
    private static final String AUDIT = "SELECT id, clinic_id, encounter_id, finding, old_value, new_value, who, at "
            + "FROM exampath.audit ORDER BY id";
    private static final String ENCOUNTERS = "SELECT e.id, e.clinic_id, e.patient_id, p.label, p.sex, p.birth_year "
            + "FROM exampath.encounter e JOIN exampath.patient p ON p.id = e.patient_id ORDER BY e.id";
    private PgTestServer server;
    private String alice;
    private String carol;
    private String dan;
    private long stored;
    private List<String> auditAt13;
    private List<String> encountersAt13;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(13, server.asAdmin().migrate(13), "set up as an ExamPath of schema version 13 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        dan = server.newMember("dan", ClinicMembers.Kind.CLINICIAN, "Hilltop Clinic");
        stored = OlderClinicRows.encounter(server.as(alice), "Stored at thirteen", VISIT, LocalDate.of(2026, 11, 2), null, null);
        OlderClinicRows.encounter(server.as(alice), "Moved to at thirteen", VISIT, LocalDate.of(2026, 11, 2), null, null);
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            // under version 13 a move left no row: this one did, and stays so
            s.execute("UPDATE exampath.encounter SET patient_id = (SELECT id FROM exampath.patient WHERE label = "
                    + "'Moved to at thirteen') WHERE id = " + stored);
        }
        auditAt13 = server.rows(AUDIT);
        encountersAt13 = server.rows(ENCOUNTERS);
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 13, server.asAdmin().migrate(), "the upgrade to 14 (and on) runs once");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private ClinicEncounterStore store(String role) {
        return new ClinicEncounterStore(server.as(role), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
    }

    private static List<String> moves(Encounters store, long encounter) {
        return store.audit(encounter).stream().filter(a -> a.finding().equals("encounter.patient"))
                .map(a -> a.clinician() + " " + ValueCodec.encode(a.oldValue()) + " -> " + ValueCodec.encode(a.newValue())).toList();
    }

    private static SQLException refused(Connection c, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
    }

    /** The rows stored at 13 come first (ids in order); other tests may have added rows after them. */
    @Test
    void anUpgradeFromVersionThirteenKeepsEveryRow() throws SQLException {
        assertEquals(List.of(String.valueOf(ClinicDatabase.MIGRATIONS.size())), server.rows("SELECT version FROM exampath.meta"));
        assertEquals(auditAt13, server.rows(AUDIT).subList(0, auditAt13.size()), "every audit row kept; the move made under 13 is not written after the fact");
        assertEquals(encountersAt13, server.rows(ENCOUNTERS).subList(0, encountersAt13.size()), "the encounter stays where the move under 13 put it");
        assertEquals(2, auditAt13.size(), "the two encounters' findings, and no row for the move");
    }

    @Test
    void aMoveThroughTheStoreWritesOneRowInTheLoginsNameWhateverNameTheClientPasses() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long id = a.create("Pat first", "mallory", VISIT, "kb", null);
            a.create("Pat second", "mallory", VISIT, "kb", null);
            Exam seen = c.load(id).orElseThrow().exam();
            c.save(id, "Pat second", seen, "mallory");
            assertEquals("Pat second", c.load(id).orElseThrow().patientLabel());
            assertEquals(List.of(carol + " c:Pat first -> c:Pat second"), moves(c, id));
            c.save(id, "Pat second", seen, "mallory");
            assertEquals(1, moves(c, id).size(), "a save under the same label moves nothing and writes no row");
            c.save(id, "Pat third", seen, "mallory");
            assertEquals(List.of(carol + " c:Pat first -> c:Pat second", carol + " c:Pat second -> c:Pat third"), moves(a, id),
                    "a move to a patient the label makes is audited too, and alice reads it");
            assertTrue(org.exampath.store.Attribution.moves("Pat third", a.audit(id)).get(0)
                    .startsWith("Moved here from another patient's record by " + carol + " at "), "as the note words it");
        }
    }

    @Test
    void aMoveThatGoesRoundTheStoreIsAuditedAllTheSame() throws SQLException {
        long id;
        try (ClinicEncounterStore a = store(alice)) {
            id = a.create("Pat direct", "x", VISIT, "kb", null);
            a.create("Pat direct two", "x", VISIT, "kb", null);
        }
        try (Connection c = server.as(carol).connect(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE exampath.encounter SET patient_id = (SELECT id FROM exampath.patient "
                    + "WHERE label = 'Pat direct two') WHERE id = " + id));
        }
        assertEquals(List.of(carol + " | c:Pat direct | c:Pat direct two"),
                server.rows("SELECT who, old_value, new_value FROM exampath.audit WHERE finding = 'encounter.patient' AND encounter_id = " + id));
    }

    @Test
    void aClinicianCannotWriteAMoveRowNorMoveAnEncounterToAnotherClinicsPatient() throws SQLException {
        long harbour;
        long hilltop;
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore d = store(dan)) {
            harbour = a.create("Pat harbour", "x", VISIT, "kb", null);
            hilltop = d.create("Pat hilltop", "x", VISIT, "kb", null);
        }
        List<String> audit = server.rows(AUDIT);
        List<String> encounters = server.rows(ENCOUNTERS);
        for (String role : new String[] {alice, carol, dan}) {
            try (Connection c = server.as(role).connect()) {
                assertEquals("42501", refused(c, "INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) VALUES ("
                        + harbour + ", 'encounter.patient', 'c:Pat harbour', 'c:Someone else')").getSQLState(), role);
                assertEquals("42501", refused(c, "INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) VALUES ("
                        + hilltop + ", 'encounter.patient', 'c:Pat hilltop', 'c:Someone else')").getSQLState(), role);
            }
        }
        long harbourPatient = Long.parseLong(server.rows("SELECT patient_id FROM exampath.encounter WHERE id = " + harbour).get(0));
        try (Connection c = server.as(dan).connect()) {
            SQLException e = refused(c, "UPDATE exampath.encounter SET patient_id = " + harbourPatient + " WHERE id = " + hilltop);
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
        assertEquals(audit, server.rows(AUDIT), "not a row written: Harbour's label appears in no Hilltop row");
        assertEquals(encounters, server.rows(ENCOUNTERS), "nothing moved");
    }

    @Test
    void theMoveWriterRunsAsTheSchemaOwnerWithAFixedSearchPathAndCliniciansCannotCallIt() throws SQLException {
        assertEquals(List.of("audit_patient_move true true true false"),
                server.rows("SELECT p.proname || ' ' || p.prosecdef || ' ' || (p.proowner = c.relowner) || ' ' "
                        + "|| coalesce(array_to_string(p.proconfig, ',') LIKE 'search_path=pg_catalog, exampath, pg_temp', false) "
                        + "|| ' ' || has_function_privilege('exampath_clinician', p.oid, 'EXECUTE') "
                        + "FROM pg_proc p, pg_class c WHERE c.oid = 'exampath.audit'::regclass AND p.pronamespace = 'exampath'::regnamespace "
                        + "AND p.proname = 'audit_patient_move'"));
    }
}
