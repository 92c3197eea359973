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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.exampath.Exams;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.Encounters;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 013 on a real PostgreSQL server: only the server writes the audit. A clinician's own connection is
 * refused any INSERT, UPDATE, DELETE or TRUNCATE of it (a permission error, nothing changed), and any direct change
 * of a patient's details; every save, entry change, patient correction and confirmation the app makes still leaves
 * its rows, in the login's name whatever name the client passes; a confirmation of a finding without a value is
 * refused by the server itself; and a database set up at version 12, holding rows, keeps every one of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicAuditWrittenByServerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).side(Side.LEFT).is("nerve.slump", "positive")
            .count("history.nrs_now", 6).exam();
    private static final String AUDIT = "SELECT id, clinic_id, encounter_id, finding, old_value, new_value, who, at "
            + "FROM exampath.audit ORDER BY id";
    private static final String FINDINGS = "SELECT encounter_id, finding, value, version, set_by, set_at FROM exampath.finding "
            + "ORDER BY encounter_id, finding";
    private static final String ENCOUNTERS = "SELECT e.id, e.clinic_id, e.patient_id, e.side, e.plan, e.created_by, p.label, "
            + "p.sex, p.birth_year FROM exampath.encounter e JOIN exampath.patient p ON p.id = e.patient_id ORDER BY e.id";
    private PgTestServer server;
    private String alice;
    private String carol;
    private String dan;
    private long stored;
    private List<String> auditAt12;
    private List<String> findingsAt12;
    private List<String> encountersAt12;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(12, server.asAdmin().migrate(12), "set up as an ExamPath of schema version 12 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        dan = server.newMember("dan", ClinicMembers.Kind.CLINICIAN, "Hilltop Clinic");
        stored = OlderClinicRows.encounter(server.as(alice), "Stored at twelve", VISIT, LocalDate.of(2026, 11, 2), null, null);
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE exampath.finding SET value = 'c:negative', version = version + 1 WHERE encounter_id = " + stored
                    + " AND finding = 'nerve.slump'");
            s.execute("UPDATE exampath.encounter SET plan = 'Exercise' WHERE id = " + stored);
            // under version 12 a clinician could still write the audit directly; such rows stay as they are
            s.execute("INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) VALUES (" + stored
                    + ", 'nerve.slr', NULL, 'c:positive')");
            s.execute("INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) VALUES (" + stored
                    + ", 'nerve.faber', NULL, NULL)");
        }
        auditAt12 = server.rows(AUDIT);
        findingsAt12 = server.rows(FINDINGS);
        encountersAt12 = server.rows(ENCOUNTERS);
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 12, server.asAdmin().migrate(), "the upgrade to 13 (and on) runs once");
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

    private static List<String> audit(Encounters store, long encounter) {
        return store.audit(encounter).stream().map(a -> a.clinician() + " " + a.finding() + " " + ValueCodec.encode(a.oldValue())
                + " -> " + ValueCodec.encode(a.newValue())).toList();
    }

    private static SQLException refused(Connection c, String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
    }

    @Test
    void anUpgradeFromVersionTwelveKeepsEveryRow() throws SQLException {
        assertEquals(List.of(String.valueOf(ClinicDatabase.MIGRATIONS.size())), server.rows("SELECT version FROM exampath.meta"));
        assertEquals(auditAt12, server.rows(AUDIT), "every audit row, the two written directly under version 12 too");
        assertEquals(findingsAt12, server.rows(FINDINGS));
        assertEquals(encountersAt12, server.rows(ENCOUNTERS));
        assertEquals(6, auditAt12.size(), "two findings made, one changed, the plan, and two rows written directly");
    }

    @Test
    void aClinicianIsRefusedEveryInsertUpdateDeleteAndTruncateOfTheAuditAndNothingChanges() throws SQLException {
        List<String> before = server.rows(AUDIT);
        for (String role : new String[] {alice, carol, dan}) {
            try (Connection c = server.as(role).connect()) {
                for (String sql : new String[] {
                    "INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value, who) VALUES (" + stored
                            + ", 'nerve.slr', NULL, 'c:negative', 'mallory')",
                    "INSERT INTO exampath.audit (encounter_id, finding, old_value, new_value) SELECT encounter_id, finding, value, value "
                            + "FROM exampath.finding WHERE encounter_id = " + stored,
                    "UPDATE exampath.audit SET new_value = 'c:negative', who = 'mallory'",
                    "DELETE FROM exampath.audit",
                    "TRUNCATE exampath.audit"}) {
                    assertEquals("42501", refused(c, sql).getSQLState(), role + ": " + sql);
                }
            }
        }
        assertEquals(before, server.rows(AUDIT), "not a row added, changed or removed");
    }

    @Test
    void aClinicianMayNotChangeAPatientsDetailsBesideTheAudit() throws SQLException {
        List<String> before = server.rows(ENCOUNTERS);
        try (Connection c = server.as(alice).connect()) {
            assertEquals("42501", refused(c, "UPDATE exampath.patient SET sex = 'male', birth_year = 1900").getSQLState());
        }
        try (Connection c = server.as(dan).connect()) {
            assertEquals("P0002", refused(c, "SELECT exampath.correct_patient(" + stored + ", 'male', 1900)").getSQLState(),
                    "another clinic's encounter is out of dan's reach, through the function too");
        }
        assertEquals(before, server.rows(ENCOUNTERS));
    }

    @Test
    void theAppsSavesStillWriteTheAuditInTheLoginsNameWhateverNameTheClientPasses() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat audited", "mallory", VISIT, "kb", null);
            long followUp = c.create("Pat audited", "mallory", VISIT, "kb", visit);
            Exam seen = c.load(followUp).orElseThrow().exam();
            Exam changed = seen.with("nerve.slump", new FindingValue.Choice("negative")).withSide(Side.RIGHT)
                    .withPatient(seen.patient().withAge(45));
            c.save(followUp, "Pat audited", changed.withRecord(changed.record().withPlan("Review in six weeks")), "mallory");
            c.confirm(followUp, "mallory", "history.nrs_now");

            assertEquals(List.of(carol + " patient.birth_year n:1986 -> n:1981",
                    carol + " encounter.side c:left -> c:right",
                    carol + " encounter.age n:40 -> n:45",
                    carol + " encounter.plan null -> c:Review in six weeks",
                    carol + " nerve.slump c:positive -> c:negative",
                    carol + " history.nrs_now n:6 -> n:6"), audit(c, followUp),
                    "the patient corrected, the entries and the finding changed, the carried-over pain confirmed: all carol's");
            assertEquals(List.of(alice + " history.nrs_now null -> n:6", alice + " nerve.slump null -> c:positive"), audit(a, visit));
        }
    }

    @Test
    void aConfirmationWithoutAValueIsRefusedByTheServerWhenTheStoreIsBypassed() throws SQLException {
        long id;
        int version;
        try (ClinicEncounterStore c = store(carol)) {
            id = c.create("Pat cleared", "x", VISIT, "kb", null);
            c.save(id, null, VISIT.with("history.nrs_now", null), "x");
            c.confirm(id, "x", "history.nrs_now"); // through the store: nothing, as before
        }
        List<String> before = server.rows(AUDIT);
        try (Connection c = server.as(carol).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM exampath.finding WHERE encounter_id = " + id
                     + " AND finding = 'history.nrs_now'")) {
            r.next();
            version = r.getInt(1);
            for (String finding : new String[] {"history.nrs_now", "palpation.piriformis"}) {
                SQLException e = refused(c, "SELECT exampath.confirm_finding(" + id + ", '" + finding + "', " + version + ")");
                assertEquals("23514", e.getSQLState(), e.getMessage());
                assertTrue(e.getMessage().contains("a confirmation needs a value"), e.getMessage());
            }
        }
        try (Connection c = server.as(dan).connect()) {
            assertEquals("23514", refused(c, "SELECT exampath.confirm_finding(" + id + ", 'nerve.slump', 1)").getSQLState(),
                    "dan sees no finding of Harbour Physio's to confirm");
        }
        assertEquals(before, server.rows(AUDIT), "no confirmation written");
        // the table's own rule binds every writer, the owner with its triggers off included
        SQLException e = assertThrows(SQLException.class, () -> server.admin("SET session_replication_role = replica; "
                + "INSERT INTO exampath.audit (clinic_id, encounter_id, finding, old_value, new_value) SELECT clinic_id, id, "
                + "'history.nrs_now', NULL, NULL FROM exampath.encounter WHERE id = " + id));
        assertEquals("23514", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("audit_confirmation_has_value"), e.getMessage());
        assertEquals(before, server.rows(AUDIT));
    }

    @Test
    void aStaleConfirmationWritesNothingAndAFreshOneOneRowOfTheStoredValue() throws SQLException {
        long id;
        try (ClinicEncounterStore c = store(carol)) {
            id = c.create("Pat versions", "x", VISIT, "kb", null);
        }
        try (Connection c = server.as(carol).connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT exampath.confirm_finding(" + id + ", 'nerve.slump', 7)")) {
                r.next();
                assertEquals(0, r.getInt(1), "not the version stored: nothing confirmed");
            }
            try (ResultSet r = s.executeQuery("SELECT exampath.confirm_finding(" + id + ", 'nerve.slump', 1)")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }
        assertEquals(List.of(carol + " nerve.slump c:positive -> c:positive"),
                server.rows("SELECT who || ' ' || finding || ' ' || old_value || ' -> ' || new_value FROM exampath.audit WHERE encounter_id = "
                        + id + " AND old_value = new_value"));
    }

    @Test
    void theAuditWritersRunAsTheSchemaOwnerWithAFixedSearchPath() throws SQLException {
        assertEquals(List.of("audit_entries true true true", "audit_finding true true true", "confirm_finding true true true",
                        "correct_patient true true true"),
                server.rows("SELECT p.proname || ' ' || p.prosecdef || ' ' || (p.proowner = c.relowner) || ' ' "
                        + "|| coalesce(array_to_string(p.proconfig, ',') LIKE 'search_path=pg_catalog, exampath, pg_temp', false) "
                        + "FROM pg_proc p, pg_class c WHERE c.oid = 'exampath.audit'::regclass AND p.pronamespace = 'exampath'::regnamespace "
                        + "AND p.proname IN ('audit_entries', 'audit_finding', 'confirm_finding', 'correct_patient') ORDER BY 1"));
    }
}
