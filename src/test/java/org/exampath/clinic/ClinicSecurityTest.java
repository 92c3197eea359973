package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database is the only door: each role is tried with direct SQL on a real PostgreSQL server set up by
 * clinic-init's migrations. Alice and Carol work at one clinic, Bob at another; Sam and Sue are students
 * in class A, Tim in class B; Tess teaches class A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicSecurityTest {
    private PgTestServer server;
    private String alice;
    private String carol;
    private String bob;
    private String sam;
    private String sue;
    private String tim;
    private String tess;
    private long aliceEncounter;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(ClinicDatabase.MIGRATIONS.size(), server.asAdmin().migrate(), "a new database gets every migration");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        bob = server.newMember("bob", ClinicMembers.Kind.CLINICIAN, "Hill Clinic");
        sam = server.newMember("sam", ClinicMembers.Kind.STUDENT, "class A");
        sue = server.newMember("sue", ClinicMembers.Kind.STUDENT, "class A");
        tim = server.newMember("tim", ClinicMembers.Kind.STUDENT, "class B");
        tess = server.newMember("tess", ClinicMembers.Kind.TEACHER, "class A");
        aliceEncounter = newEncounter(alice, "Patient A");
        newEncounter(bob, "Patient B");
        try (Connection c = server.as(alice).connect()) {
            new ClinicFindings().set(c, aliceEncounter, "nerve.slump", 0, "positive");
        }
        for (String student : new String[] {sam, sue, tim}) {
            try (Connection c = server.as(student).connect()) {
                execute(c, "INSERT INTO exampath.practice_attempt (case_name, score, leading_correct, tests_used, brier) "
                        + "VALUES ('c1', 80, true, 5, 0.2)");
            }
        }
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private long newEncounter(String clinician, String label) throws SQLException {
        try (Connection c = server.as(clinician).connect()) {
            long patient = id(c, "INSERT INTO exampath.patient (label, birth_year, sex) VALUES ('" + label + "', 1980, 'female') RETURNING id");
            return id(c, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version) VALUES (" + patient
                    + ", DATE '2026-11-27', 'test') RETURNING id");
        }
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

    private long count(String role, String table) throws SQLException {
        try (Connection c = server.as(role).connect()) {
            return id(c, "SELECT count(*) FROM exampath." + table);
        }
    }

    @Test
    void cliniciansSeeTheirOwnClinicsRowsOnly() throws SQLException {
        for (String table : new String[] {"patient", "encounter", "finding", "audit"}) {
            assertEquals(count(alice, table), count(carol, table), "Alice and Carol share " + table);
            assertTrue(count(alice, table) >= 1, "Alice sees her clinic's " + table);
        }
        assertEquals(1, count(bob, "patient"), "Bob sees only his own clinic's patient");
        assertEquals(0, count(bob, "finding"));
        assertEquals(0, count(bob, "audit"));
    }

    @Test
    void aClinicianCannotWriteIntoAnotherClinicsEncounter() throws SQLException {
        try (Connection c = server.as(bob).connect()) {
            SQLException e = assertThrows(SQLException.class, () -> execute(c,
                    "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + aliceEncounter + ", 'nerve.slr', 'positive')"));
            assertTrue(e.getMessage().contains("no encounter"), e.getMessage());
            assertEquals(0, c.createStatement().executeUpdate("UPDATE exampath.finding SET value = 'negative' WHERE encounter_id = "
                    + aliceEncounter), "Bob's update finds no row of Alice's clinic");
        }
    }

    @Test
    void theSaveFunctionsRunAsTheCallerSoAnotherClinicsEncounterStaysOutOfReach() throws SQLException {
        try (Connection c = server.as(bob).connect()) {
            SQLException save = assertThrows(SQLException.class, () -> execute(c, "SELECT * FROM exampath.save_encounter(" + aliceEncounter
                    + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ARRAY['nerve.slr'], ARRAY['c:negative'], ARRAY[0], true, NULL, NULL, NULL, NULL, NULL, NULL)"));
            assertTrue(save.getMessage().contains("does not exist in this clinic"), save.getMessage());
            SQLException write = assertThrows(SQLException.class, () -> execute(c, "SELECT * FROM exampath.write_findings("
                    + aliceEncounter + ", ARRAY['nerve.slr'], ARRAY['c:positive'], ARRAY[0], false, false)"));
            assertEquals("42501", write.getSQLState(), write.getMessage());
        }
        try (Connection c = server.as(sam).connect()) {
            SQLException e = assertThrows(SQLException.class, () -> execute(c, "SELECT * FROM exampath.write_findings("
                    + aliceEncounter + ", ARRAY['nerve.slr'], ARRAY['c:positive'], ARRAY[0], false, false)"));
            assertEquals("42501", e.getSQLState(), "a student may not call it: " + e.getMessage());
        }
        try (Connection c = server.as(alice).connect()) {
            assertEquals(null, new ClinicFindings().read(c, aliceEncounter, "nerve.slr"), "nothing landed in Alice's encounter");
        }
    }

    @Test
    void everyChangeOfAFindingLeavesAnAuditRowEvenWhenMadeWithDirectSql() throws SQLException {
        try (Connection c = server.as(carol).connect()) {
            execute(c, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + aliceEncounter + ", 'test.direct', 'c:a')");
            execute(c, "UPDATE exampath.finding SET value = 'c:b' WHERE encounter_id = " + aliceEncounter + " AND finding = 'test.direct'");
            execute(c, "UPDATE exampath.finding SET set_at = now() WHERE encounter_id = " + aliceEncounter + " AND finding = 'test.direct'");
            java.util.List<String> rows = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT old_value, new_value, who FROM exampath.audit "
                    + "WHERE encounter_id = " + aliceEncounter + " AND finding = 'test.direct' ORDER BY id")) {
                while (r.next()) {
                    rows.add(r.getString(1) + " -> " + r.getString(2) + " by " + r.getString(3));
                }
            }
            assertEquals(java.util.List.of("null -> c:a by " + carol, "c:a -> c:b by " + carol), rows,
                    "one row per change of value, by the session user; an update that changes no value adds none");
        }
    }

    @Test
    void noRoleCanChangeTheAudit() throws SQLException {
        for (String role : new String[] {alice, carol}) {
            try (Connection c = server.as(role).connect()) {
                assertThrows(SQLException.class, () -> execute(c, "UPDATE exampath.audit SET new_value = 'x'"));
                assertThrows(SQLException.class, () -> execute(c, "DELETE FROM exampath.audit"));
                assertThrows(SQLException.class, () -> execute(c, "TRUNCATE exampath.audit"));
            }
        }
        try (Connection c = server.asAdmin().connect()) {
            SQLException e = assertThrows(SQLException.class, () -> execute(c, "UPDATE exampath.audit SET new_value = 'x'"));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            assertThrows(SQLException.class, () -> execute(c, "DELETE FROM exampath.audit"));
        }
    }

    @Test
    void theAuditIsWrittenByTheServerOnlyAndItsWhoIsTheDatabaseSessionUser() throws SQLException {
        try (Connection c = server.as(carol).connect()) {
            SQLException e = assertThrows(SQLException.class, () -> execute(c, "INSERT INTO exampath.audit (encounter_id, finding, "
                    + "old_value, new_value, who) VALUES (" + aliceEncounter + ", 'nerve.slr', NULL, 'negative', 'mallory')"));
            assertEquals("42501", e.getSQLState(), "a clinician writes no audit row of their own (migration 013): " + e.getMessage());
            execute(c, "INSERT INTO exampath.finding (encounter_id, finding, value, set_by) VALUES (" + aliceEncounter
                    + ", 'test.who', 'c:negative', 'mallory')");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT who FROM exampath.audit WHERE finding = 'test.who' ORDER BY id DESC LIMIT 1")) {
                r.next();
                assertEquals(carol, r.getString(1));
            }
        }
    }

    @Test
    void studentsSeeTheirOwnAttemptsAndNoPatients() throws SQLException {
        assertEquals(1, count(sam, "practice_attempt"));
        assertEquals(1, count(tim, "practice_attempt"));
        try (Connection c = server.as(sam).connect()) {
            SQLException e = assertThrows(SQLException.class, () -> execute(c, "SELECT * FROM exampath.patient"));
            assertEquals("42501", e.getSQLState(), "permission denied");
            execute(c, "INSERT INTO exampath.practice_attempt (student, class_name, case_name, score, leading_correct, tests_used) "
                    + "VALUES ('" + tim + "', 'class B', 'c2', 100, true, 3)");
            assertEquals(2, count(sam, "practice_attempt"), "a forged student name is replaced by the session user");
            assertEquals(1, count(tim, "practice_attempt"));
        }
    }

    @Test
    void teachersSeeTheirClassesAttemptsOnly() throws SQLException {
        try (Connection c = server.as(tess).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT student FROM exampath.practice_attempt ORDER BY 1")) {
            r.next();
            String first = r.getString(1);
            r.next();
            String second = r.getString(1);
            assertEquals(java.util.Set.of(sam, sue), java.util.Set.of(first, second));
            assertTrue(!r.next(), "Tim's attempts (class B) are not visible");
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM exampath.practice_attempt"));
        }
    }

    @Test
    void twoCliniciansOnOneFindingNeverOverwriteEachOther() throws SQLException {
        ClinicFindings findings = new ClinicFindings();
        try (Connection a = server.as(alice).connect(); Connection c = server.as(carol).connect()) {
            int seen = findings.read(a, aliceEncounter, "nerve.slump").version();
            assertEquals(seen, findings.read(c, aliceEncounter, "nerve.slump").version());
            assertInstanceOf(ClinicFindings.Saved.class, findings.set(a, aliceEncounter, "nerve.slump", seen, "negative"));
            ClinicFindings.Outcome second = findings.set(c, aliceEncounter, "nerve.slump", seen, "positive");
            ClinicFindings.Conflict conflict = assertInstanceOf(ClinicFindings.Conflict.class, second);
            assertEquals("positive", conflict.yours());
            assertEquals("negative", conflict.theirs());
            assertEquals(alice, conflict.setBy());
            assertEquals("negative", findings.read(c, aliceEncounter, "nerve.slump").value(), "nothing overwritten");
        }
    }

    @Test
    void clinicInitRunsOnceAndIsSafeToRepeat() throws SQLException {
        assertEquals(0, server.asAdmin().migrate());
        try (Connection c = server.as(alice).connect()) {
            assertEquals(ClinicDatabase.MIGRATIONS.size(), ClinicDatabase.version(c));
        }
    }

    @Test
    void aStoredRowsClinicIsSetByTheServerNotTheClient() throws SQLException {
        try (Connection c = server.as(bob).connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO exampath.patient (clinic_id, label) VALUES (?, 'Sneaky') RETURNING clinic_id")) {
            long alicesClinic;
            try (Connection a = server.as(alice).connect()) {
                alicesClinic = id(a, "SELECT exampath.my_clinic()");
            }
            p.setLong(1, alicesClinic);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertTrue(r.getLong(1) != alicesClinic, "Bob's patient lands in Bob's clinic");
            }
        }
    }

    @Test
    void teachersExportTheirClassesScoresPerStudentAndCaseAsCsv() throws SQLException {
        try (Connection c = server.as(tess).connect()) {
            java.util.List<ClinicScores.Row> rows = new ClinicScores().perStudentAndCase(c);
            assertEquals(java.util.Set.of(sam, sue), rows.stream().map(ClinicScores.Row::student).collect(java.util.stream.Collectors.toSet()));
            String csv = ClinicScores.csv(rows);
            assertTrue(csv.startsWith("student,class,case,attempts,missed_flag_attempts,leading_correct_rate,mean_score,mean_brier\r\n"), csv);
            assertTrue(csv.contains(sue + ",class A,c1,1,0,1.000,80.000,0.200\r\n"), csv);
        }
    }

    @Test
    void csvCellsAreQuotedAndFormulasDisarmed() {
        assertEquals("\"a,b\"", ClinicScores.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ClinicScores.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", ClinicScores.cell("=HYPERLINK(1)"));
    }

    @Test
    void theEncounterListAndSearchShowOnlyTheCallersClinic() {
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore b = new ClinicEncounterStore(server.as(bob), java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            assertEquals(java.util.List.of(aliceEncounter), a.list("patient a", 10).stream().map(r -> r.id()).toList());
            assertTrue(a.list("", 10).stream().anyMatch(r -> r.patientLabel().equals("Patient A")));
            assertTrue(b.list("patient a", 10).isEmpty(), "Bob cannot find Alice's patient");
            assertEquals(java.util.List.of("Patient B"), b.list("", 10).stream().map(r -> r.patientLabel()).toList());
            assertTrue(a.list("patient a%", 10).isEmpty(), "a % is a character, not a wildcard");
            assertTrue(b.load(aliceEncounter).isEmpty(), "Bob cannot open Alice's encounter by its number");
        }
    }

    @Test
    void aStudentsPracticeAttemptsAreTheirLoginsWhateverNameIsTyped() throws Exception {
        try (ClinicPracticeStore store = new ClinicPracticeStore(server.as(sue))) {
            java.util.List<org.exampath.store.PracticeRecords.Attempt> after = store.record(
                    new org.exampath.store.PracticeRecords.NewAttempt("Tim", "c9", 70, false, java.util.List.of("fracture"), 4, null)).get();
            assertEquals(java.util.List.of("c1", "c9"), after.stream().map(x -> x.caseName()).toList());
            assertEquals(after, store.attempts("anyone"));
        }
        assertEquals(1, count(tim, "practice_attempt"), "nothing landed under Tim");
    }

    @Test
    void twoCliniciansSavingOneEncounterGetAConflictNotAnOverwrite() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), clock, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), clock, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Two-writer patient", "ignored", org.exampath.domain.Exam.empty()
                    .with("nerve.slr", new org.exampath.domain.FindingValue.Choice("negative")), "kb", null);
            org.exampath.domain.Exam seenByCarol = c.load(id).orElseThrow().exam();
            a.save(id, null, a.load(id).orElseThrow().exam().with("nerve.slr", new org.exampath.domain.FindingValue.Choice("positive")),
                    "x");
            SaveConflict conflict = assertThrows(SaveConflict.class, () -> c.save(id, null, seenByCarol
                    .with("nerve.slr", null).with("nerve.slump", new org.exampath.domain.FindingValue.Choice("positive")), "x"));
            assertEquals("changed meanwhile by another clinician, not overwritten: nerve.slr is positive (set by " + alice
                    + ") where you have not recorded", conflict.getMessage());
            org.exampath.domain.Exam stored = a.load(id).orElseThrow().exam();
            assertEquals(new org.exampath.domain.FindingValue.Choice("positive"), stored.value("nerve.slr"), "Alice's value stands");
            assertEquals(new org.exampath.domain.FindingValue.Choice("positive"), stored.value("nerve.slump"),
                    "Carol's change that did not clash is kept");
        }
    }

    @Test
    void aCreateKeyNamesOnlyItsOwnClinicsEncounterAndIsFixedOnceMade() throws SQLException {
        String dan = server.newMember("dan", ClinicMembers.Kind.CLINICIAN, "Dune Clinic");
        String eve = server.newMember("eve", ClinicMembers.Kind.CLINICIAN, "Edge Clinic");
        long mine;
        try (ClinicEncounterStore d = new ClinicEncounterStore(server.as(dan), java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore e = new ClinicEncounterStore(server.as(eve), java.time.Clock.systemUTC(), org.exampath.TestKnowledge.SUMMARISER)) {
            mine = d.create("Same key", dan, org.exampath.domain.Exam.empty(), "kb", null, "shared-key");
            long theirs = e.create("Same key", eve, org.exampath.domain.Exam.empty(), "kb", null, "shared-key");
            assertTrue(mine != theirs, "another clinic's key never names this clinic's encounter");
            assertEquals(1, e.count());
            assertEquals(mine, d.create("Same key", dan, org.exampath.domain.Exam.empty(), "kb", null, "shared-key"));
            assertEquals(1, d.count());
        }
        try (Connection c = server.as(dan).connect()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> execute(c, "UPDATE exampath.encounter SET create_key = 'other' WHERE id = " + mine));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
    }
}
