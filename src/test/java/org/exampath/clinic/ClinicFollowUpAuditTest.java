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
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A follow-up's carried-over findings on a real PostgreSQL server (clinic migration 006, ADR 8): written by the
 * transaction that creates the follow-up, they leave no audit row and keep who set them at the last visit;
 * every later change, and every value the last visit does not hold, is audited in the writer's name; a client
 * cannot use the rule to keep its own entries out of the audit. The database starts at schema version 5 with
 * rows (an encounter and a follow-up made as version 5 made them) and is brought up to date first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicFollowUpAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).yes("history.aggravator.sitting")
            .is("nerve.slump", "positive").count("history.nrs_now", 6).exam();
    private PgTestServer server;
    private String alice;
    private String carol;
    private long oldVisit;
    private long oldFollowUp;
    private List<String> auditBefore;
    private List<String> findingsBefore;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(5, server.asAdmin().migrate(5), "set up as an ExamPath of schema version 5 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        java.time.LocalDate day = java.time.LocalDate.now(CLOCK);
        oldVisit = OlderClinicRows.encounter(server.as(alice), "Old patient", VISIT, day, null, "old-visit");
        oldFollowUp = OlderClinicRows.encounter(server.as(carol), "Old patient", VISIT, day, oldVisit, "old-follow-up");
        auditBefore = server.rows("SELECT encounter_id, finding, old_value, new_value, who, at FROM exampath.audit ORDER BY id");
        findingsBefore = server.rows("SELECT encounter_id, finding, value, version, set_by, set_at FROM exampath.finding "
                + "ORDER BY encounter_id, finding");
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 5, server.asAdmin().migrate(), "clinic-init brings it up to date");
        assertEquals(0, server.asAdmin().migrate(), "and running it again changes nothing");
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
        return store.audit(encounter).stream().map(e -> e.finding() + " " + e.oldValue() + " -> " + e.newValue() + " by " + e.clinician())
                .toList();
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long auditRows(long encounter) throws SQLException {
        return server.rows("SELECT id FROM exampath.audit WHERE encounter_id = " + encounter).size();
    }

    @Test
    void migratingFromVersionFiveKeepsEveryRowAndTheOldFollowUpStillSaves() throws SQLException {
        assertEquals(auditBefore, server.rows("SELECT encounter_id, finding, old_value, new_value, who, at FROM exampath.audit "
                + "WHERE encounter_id IN (" + oldVisit + ", " + oldFollowUp + ") ORDER BY id"), "the audit is as it was");
        assertEquals(findingsBefore, server.rows("SELECT encounter_id, finding, value, version, set_by, set_at FROM exampath.finding "
                + "WHERE encounter_id IN (" + oldVisit + ", " + oldFollowUp + ") ORDER BY encounter_id, finding"),
                "the findings, their versions and who set them are as they were");
        assertEquals(List.of("null"), server.rows("SELECT DISTINCT created_in FROM exampath.encounter WHERE id IN (" + oldVisit + ", "
                + oldFollowUp + ")"), "encounters made before version 6 name no creating transaction");
        try (ClinicEncounterStore c = store(carol)) {
            assertEquals(List.of("history.aggravator.sitting null -> Flag[value=true] by " + carol,
                    "history.nrs_now null -> Count[value=6] by " + carol, "nerve.slump null -> Choice[value=positive] by " + carol),
                    audit(c, oldFollowUp), "a follow-up made before version 6 keeps the rows version 5 wrote (history is not rewritten)");
            Encounters.Encounter loaded = c.load(oldFollowUp).orElseThrow();
            assertEquals(VISIT.findings(), loaded.exam().findings());
            assertEquals(oldVisit, loaded.previousId());
            assertEquals(1, c.save(oldFollowUp, null, loaded.exam().with("nerve.slump", new FindingValue.Choice("negative")), "x"));
            List<String> audit = audit(c, oldFollowUp);
            assertEquals(4, audit.size(), audit.toString());
            assertEquals("nerve.slump Choice[value=positive] -> Choice[value=negative] by " + carol, audit.get(3));
        }
    }

    @Test
    void aFollowUpsCarriedOverFindingsLeaveNoAuditRowAndKeepWhoSetThem() throws SQLException {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat carried", "x", VISIT, "kb", null);
            long followUp = c.create("Pat carried", "x", VISIT, "kb", visit);

            assertEquals(List.of(), audit(c, followUp), "carol only carried the last visit's findings over");
            assertEquals(VISIT.findings(), c.load(followUp).orElseThrow().exam().findings(), "they are stored with the follow-up");
            assertEquals(3, audit(a, visit).size(), "the last visit's audit says who entered them: " + audit(a, visit));
            assertEquals(List.of(alice), server.rows("SELECT DISTINCT set_by FROM exampath.finding WHERE encounter_id = " + followUp),
                    "each carried-over finding is still set by the clinician who entered it");
        }
    }

    @Test
    void changingOrClearingACarriedOverValueIsAuditedInTheNameOfWhoeverDoesIt() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat changed", "x", VISIT, "kb", null);
            long followUp = c.create("Pat changed", "x", VISIT, "kb", visit);
            Exam changed = VISIT.with("nerve.slump", new FindingValue.Choice("negative")).with("history.aggravator.sitting", null);

            assertEquals(2, c.save(followUp, null, changed, "x"));

            assertEquals(List.of("history.aggravator.sitting Flag[value=true] -> null by " + carol,
                    "nerve.slump Choice[value=positive] -> Choice[value=negative] by " + carol), audit(c, followUp));
            Exam again = changed.with("nerve.slump", new FindingValue.Choice("positive"));
            assertEquals(1, a.save(followUp, null, again, "x"), "alice puts back the value of her last visit");
            assertEquals("nerve.slump Choice[value=negative] -> Choice[value=positive] by " + alice,
                    audit(a, followUp).get(2), "a later change back to the carried-over value is audited too");
        }
    }

    @Test
    void aNewFindingInAFollowUpAndAValueTheLastVisitDoesNotHoldAreAudited() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat new", "x", VISIT, "kb", null);
            // what carol's screen carries, with a value the last visit does not hold (say its own save never got through)
            Exam carried = VISIT.with("history.nrs_now", new FindingValue.Count(7));
            long followUp = c.create("Pat new", "x", carried, "kb", visit);
            assertEquals(List.of("history.nrs_now null -> Count[value=7] by " + carol), audit(c, followUp),
                    "the value the last visit does not hold is audited at the create, in carol's name; the others are not");

            c.save(followUp, null, carried.with("palpation.piriformis", FindingValue.Flag.YES), "x");

            assertEquals("palpation.piriformis null -> Flag[value=true] by " + carol, audit(c, followUp).get(1));
        }
    }

    @Test
    void anOrdinaryEncountersFindingsAreAuditedWhenItIsMade() {
        try (ClinicEncounterStore a = store(alice)) {
            long visit = a.create("Pat ordinary", "x", VISIT, "kb", null);
            assertEquals(List.of("history.aggravator.sitting null -> Flag[value=true] by " + alice,
                    "history.nrs_now null -> Count[value=6] by " + alice,
                    "nerve.slump null -> Choice[value=positive] by " + alice), audit(a, visit));
        }
    }

    @Test
    void aFollowUpMadeAgainWithItsKeyWritesNoAuditRow() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat retried", "x", VISIT, "kb", null);
            long followUp = c.create("Pat retried", "x", VISIT, "kb", visit, "follow-up-key");
            assertEquals(followUp, c.create("Pat retried", "x", VISIT, "kb", visit, "follow-up-key"));
            assertEquals(List.of(), audit(c, followUp));
        }
    }

    @Test
    void aFindingAddedToAFollowUpAfterTheTransactionThatMadeItIsAuditedWhateverTheClientSets() throws SQLException {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat late", "x", VISIT, "kb", null);
            long followUp = c.create("Pat late", "x", Exam.empty(), "kb", visit);
            try (Connection conn = server.as(carol).connect()) {
                conn.setAutoCommit(false);
                execute(conn, "SET LOCAL exampath.carry = 'on'");
                execute(conn, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + followUp
                        + ", 'nerve.slump', 'c:positive')");
                conn.commit();
            }
            assertEquals(List.of("nerve.slump null -> Choice[value=positive] by " + carol), audit(c, followUp),
                    "the last visit's value, written in a later transaction, is carol's entry");
        }
    }

    @Test
    void theCreatingTransactionIsStampedByTheServerAndAnEncountersLastVisitIsFixed() throws SQLException {
        try (ClinicEncounterStore a = store(alice)) {
            long visit = a.create("Pat stamped", "x", VISIT, "kb", null);
            long other = a.create("Pat stamped", "x", Exam.empty(), "kb", null);
            try (Connection conn = server.as(carol).connect()) {
                long patient = id(conn, "SELECT patient_id FROM exampath.encounter WHERE id = " + visit);
                long forged = id(conn, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version, previous_id, created_in) "
                        + "VALUES (" + patient + ", DATE '2026-11-28', 'kb', " + visit + ", '1') RETURNING id");
                assertTrue(!server.rows("SELECT created_in FROM exampath.encounter WHERE id = " + forged).contains("1"),
                        "the server's own transaction id, not the one sent");
                SQLException moved = assertThrows(SQLException.class, () -> execute(conn, "UPDATE exampath.encounter SET created_in = "
                        + "pg_current_xact_id() WHERE id = " + forged));
                assertEquals("42501", moved.getSQLState(), moved.getMessage());
                SQLException relinked = assertThrows(SQLException.class, () -> execute(conn, "UPDATE exampath.encounter SET previous_id = "
                        + other + " WHERE id = " + forged));
                assertEquals("42501", relinked.getSQLState(), relinked.getMessage());
                execute(conn, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + forged + ", 'nerve.slump', 'c:positive')");
                assertEquals(1, auditRows(forged), "written in a later transaction: audited");
            }
        }
    }

    @Test
    void onlyAValueTheSamePatientsLastVisitHoldsIsLeftOutInTheCreatingTransaction() throws SQLException {
        try (ClinicEncounterStore a = store(alice)) {
            long visit = a.create("Pat own", "x", VISIT, "kb", null);
            a.create("Pat someone else", "x", Exam.empty(), "kb", null);
            try (Connection conn = server.as(carol).connect()) {
                conn.setAutoCommit(false);
                long patient = id(conn, "SELECT patient_id FROM exampath.encounter WHERE id = " + visit);
                long otherPatient = id(conn, "SELECT id FROM exampath.patient WHERE label = 'Pat someone else'");
                // a "follow-up" of another patient's visit, and one that names itself as its last visit
                long elsewhere = id(conn, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version, previous_id) VALUES ("
                        + otherPatient + ", DATE '2026-11-28', 'kb', " + visit + ") RETURNING id");
                long itself = id(conn, "WITH n AS (SELECT nextval(pg_get_serial_sequence('exampath.encounter', 'id')) AS id) "
                        + "INSERT INTO exampath.encounter (id, patient_id, date, knowledge_version, previous_id) "
                        + "SELECT n.id, " + patient + ", DATE '2026-11-28', 'kb', n.id FROM n RETURNING id");
                long followUp = id(conn, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version, previous_id) VALUES ("
                        + patient + ", DATE '2026-11-28', 'kb', " + visit + ") RETURNING id");
                for (long e : new long[] {elsewhere, itself, followUp}) {
                    execute(conn, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + e + ", 'nerve.slump', 'c:positive')");
                    execute(conn, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + e + ", 'nerve.slr', 'c:positive')");
                }
                conn.commit();
                assertEquals(2, auditRows(elsewhere), "another patient's visit carries nothing over");
                assertEquals(2, auditRows(itself), "an encounter is not its own last visit");
                assertEquals(List.of("nerve.slr | null | c:positive | " + carol),
                        server.rows("SELECT finding, old_value, new_value, who FROM exampath.audit WHERE encounter_id = " + followUp),
                        "in the follow-up only the last visit's value is left out; carol's own entry is audited");
            }
        }
    }
}
