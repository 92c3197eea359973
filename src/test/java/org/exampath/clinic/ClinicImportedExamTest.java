package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What an imported exam keeps on a clinic server (clinic migration 008, ADR 5 and 8): the clinician its file names,
 * whether it recorded a date, each encounter's own sex, and its findings as a starting state that names nobody, so
 * the importing login is never written down as who examined or entered them. The database starts at schema version
 * 7 with rows (a visit, a second visit recording no sex, an import) written as version 7 wrote them, which read as
 * before once it is brought up to date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicImportedExamTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).is("nerve.slump", "positive")
            .yes("history.aggravator.sitting").exam();
    private static final Exam SIGNED = VISIT.withPatient(new Patient(40, Sex.MALE))
            .withRecord(VISIT.record().withClinician("Dr Kemi Adeyemi").withDate(LocalDate.of(2026, 11, 20)));
    private PgTestServer server;
    private String alice;
    private String carol;
    private long oldVisit;
    private long oldNoSex;
    private long oldImport;
    private List<String> auditBefore;
    private List<String> findingsBefore;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        assertEquals(7, server.asAdmin().migrate(7), "set up as an ExamPath of schema version 7 would have");
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        oldVisit = OlderClinicRows.encounter(server.as(alice), "Old Pat", VISIT, LocalDate.of(2026, 11, 20), null, null);
        oldNoSex = OlderClinicRows.encounter(server.as(carol), "Old Pat", VISIT.withPatient(new Patient(40, null)),
                LocalDate.of(2026, 11, 21), null, "window-key");
        oldImport = OlderClinicRows.encounter(server.as(alice), "Old Import", SIGNED, LocalDate.of(2026, 11, 20), null,
                "import-sha256:old");
        auditBefore = server.rows("SELECT encounter_id, finding, old_value, new_value, who, at FROM exampath.audit ORDER BY id");
        findingsBefore = server.rows("SELECT encounter_id, finding, value, version, set_by, set_at FROM exampath.finding "
                + "ORDER BY encounter_id, finding");
        assertEquals(ClinicDatabase.MIGRATIONS.size() - 7, server.asAdmin().migrate(), "clinic-init brings it up to date");
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

    @Test
    void rowsFromVersionSevenReadAsBefore() throws SQLException {
        assertEquals(auditBefore, server.rows("SELECT encounter_id, finding, old_value, new_value, who, at FROM exampath.audit ORDER BY id"),
                "the audit is as it was");
        assertEquals(findingsBefore, server.rows("SELECT encounter_id, finding, value, version, set_by, set_at FROM exampath.finding "
                + "WHERE encounter_id IN (" + oldVisit + ", " + oldNoSex + ", " + oldImport + ") ORDER BY encounter_id, finding"),
                "the findings, their versions and who set them are as they were");
        assertEquals(List.of(oldVisit + " | female | false | null | false", oldNoSex + " | female | false | null | false",
                oldImport + " | male | true | null | false"), server.rows("SELECT id, sex, imported, examiner, undated FROM exampath.encounter "
                + "WHERE id IN (" + oldVisit + ", " + oldNoSex + ", " + oldImport + ") ORDER BY id"),
                "each takes its patient's sex, and only the import made by import is marked imported, naming nobody");
        try (ClinicEncounterStore c = store(carol)) {
            Encounters.Encounter visit = c.load(oldVisit).orElseThrow();
            assertEquals(alice, visit.recorded().clinician(), "an encounter made in the window is its maker's, as before");
            assertEquals(LocalDate.of(2026, 11, 20), visit.recorded().date());
            Encounters.Encounter noSex = c.load(oldNoSex).orElseThrow();
            assertEquals(Sex.FEMALE, noSex.exam().patient().sex(), "its patient's sex, as it was read until now");
            assertEquals(carol, noSex.recorded().clinician());
            Encounters.Encounter imported = c.load(oldImport).orElseThrow();
            assertNull(imported.recorded().clinician(), "an import from before names nobody, as before; never its importer");
            assertEquals(alice, imported.clinician(), "and is listed as made by the login that imported it");
            assertEquals(LocalDate.of(2026, 11, 20), imported.recorded().date(), "rows from before count as dated");
            assertEquals(SIGNED.findings(), imported.exam().findings());
            assertEquals(0, c.save(oldImport, null, imported.exam(), "x"), "it saves as before");
        }
    }

    @Test
    void anImportKeepsItsFilesClinicianDateAndSexAndNamesNobodyAsHavingEnteredItsFindings() throws SQLException {
        Exam plain = Exams.of().is("nerve.slr", "negative").exam().withPatient(new Patient(40, null));
        long signed;
        long unsigned;
        try (ClinicEncounterStore a = store(alice)) {
            List<Encounters.Imported> done = a.importAll(List.of(new Encounters.NewEncounter("Pia", SIGNED, null, null, "import-sha256:p1"),
                    new Encounters.NewEncounter("Pia", plain, null, null, "import-sha256:p2")), "alice's name in Settings", "kb");
            signed = done.get(0).id();
            unsigned = done.get(1).id();
            assertEquals(List.of(), audit(a, signed), "the file's findings are the encounter's starting state, in nobody's name");
            assertEquals(List.of(), audit(a, unsigned));
            assertEquals(List.of(new Encounters.Imported(signed, true), new Encounters.Imported(unsigned, true)),
                    a.importAll(List.of(new Encounters.NewEncounter("Pia", SIGNED, null, null, "import-sha256:p1"),
                            new Encounters.NewEncounter("Pia", plain, null, null, "import-sha256:p2")), "x", "kb"),
                    "importing the same again finds them");
        }
        assertEquals(List.of("null", "null", "null"), server.rows("SELECT set_by FROM exampath.finding WHERE encounter_id IN ("
                + signed + ", " + unsigned + ")"), "nobody is named as having set them");
        try (ClinicEncounterStore c = store(carol)) {
            Encounters.Encounter one = c.load(signed).orElseThrow();
            assertEquals("Dr Kemi Adeyemi", one.recorded().clinician());
            assertEquals(LocalDate.of(2026, 11, 20), one.recorded().date());
            assertEquals(SIGNED.findings(), one.exam().findings());
            assertEquals(Sex.MALE, one.exam().patient().sex());
            assertEquals(alice, one.clinician(), "listed as made by the login that imported it");
            Encounters.Encounter two = c.load(unsigned).orElseThrow();
            assertNull(two.recorded().clinician(), "a file naming nobody names nobody, never the importer");
            assertNull(two.recorded().date(), "no visit date recorded: the import day is not written as one");
            assertEquals("2026-11-28", two.date(), "though it is listed under the day it was imported");
            assertNull(two.exam().patient().sex(), "the sex the other visit gave its patient is not this visit's");

            assertEquals(1, c.save(signed, null, one.exam().with("nerve.slump", new FindingValue.Choice("negative")), "x"));
            assertEquals(List.of("nerve.slump Choice[value=positive] -> Choice[value=negative] by " + carol), audit(c, signed),
                    "a change afterwards is audited in its writer's name, as always");
        }
        try (Connection c = server.as(carol).connect()) {
            ClinicFindings.Outcome outcome = new ClinicFindings().set(c, signed, "history.aggravator.sitting", 0, null);
            assertEquals(ClinicFindings.IMPORTED, ((ClinicFindings.Conflict) outcome).setBy(),
                    "a conflict over an imported value names the file, not the importer");
        }
    }

    @Test
    void anExamFileOpenedInTheWindowIsItsFilesAndTheWindowUsersChangesAreTheirs() throws SQLException {
        try (ClinicEncounterStore a = store(alice)) {
            // as the window stores a file opened: imported under the window's create key, then saved as it stands
            long id = a.importAll(List.of(new Encounters.NewEncounter("Quin", SIGNED, null, null, "4b7e1a52-window-key")), "", "kb")
                    .get(0).id();
            assertEquals(0, a.save(id, "Quin", SIGNED, "Alice in Settings"));
            assertEquals(List.of(), audit(a, id));
            Exam changed = SIGNED.withPatient(new Patient(40, null)).with("nerve.slr", new FindingValue.Choice("negative"));
            assertEquals(1, a.save(id, "Quin", changed, "Alice in Settings"));
            assertEquals(List.of("encounter.sex Choice[value=male] -> null by " + alice,
                    "nerve.slr null -> Choice[value=negative] by " + alice), audit(a, id), "the sex she cleared is hers too");
            Encounters.Encounter loaded = a.load(id).orElseThrow();
            assertEquals("Dr Kemi Adeyemi", loaded.recorded().clinician(), "who examined is still the file's clinician");
            assertNull(loaded.exam().patient().sex(), "every save keeps the encounter's own sex");
            assertEquals(List.of("male"), server.rows("SELECT p.sex FROM exampath.patient p JOIN exampath.encounter e ON e.patient_id = p.id "
                    + "WHERE e.id = " + id), "while the patient keeps the sex once known");
        }
    }

    @Test
    void whatAnEncounterRecordedOfItsImportCannotBeChangedNotEvenByTheOwner() throws SQLException {
        long id;
        try (ClinicEncounterStore a = store(alice)) {
            id = a.importAll(List.of(new Encounters.NewEncounter("Rue", VISIT, null, null, "import-sha256:r")), "", "kb").get(0).id();
        }
        try (Connection c = server.as(carol).connect()) {
            for (String change : List.of("examiner = 'Carol'", "imported = false", "undated = false")) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> execute(c, "UPDATE exampath.encounter SET " + change + " WHERE id = " + id), change);
                assertEquals("42501", refused.getSQLState(), refused.getMessage());
            }
            execute(c, "UPDATE exampath.encounter SET status = 'closed', examiner = examiner, undated = undated WHERE id = " + id);
        }
        SQLException owner = assertThrows(SQLException.class,
                () -> server.admin("UPDATE exampath.encounter SET examiner = 'Somebody' WHERE id = " + id));
        assertEquals("42501", owner.getSQLState(), owner.getMessage());
        assertEquals(List.of("true | null | true"), server.rows("SELECT imported, examiner, undated FROM exampath.encounter WHERE id = " + id));
    }

    @Test
    void theImportRuleLeavesOnlyTheCreatingTransactionUnauditedAndMarksTheEncounterAsTheWritersImport() throws SQLException {
        long encounter;
        try (Connection c = server.as(carol).connect()) {
            c.setAutoCommit(false);
            long patient = id(c, "SELECT patient_id FROM exampath.encounter WHERE id = " + oldVisit);
            encounter = id(c, "INSERT INTO exampath.encounter (patient_id, date, knowledge_version, imported, examiner, created_by) "
                    + "VALUES (" + patient + ", DATE '2026-11-28', 'kb', true, 'Dr Someone', '" + alice + "') RETURNING id");
            execute(c, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + encounter + ", 'nerve.slump', 'c:positive')");
            c.commit();
            execute(c, "INSERT INTO exampath.finding (encounter_id, finding, value) VALUES (" + encounter + ", 'nerve.slr', 'c:negative')");
            execute(c, "UPDATE exampath.finding SET value = 'c:negative' WHERE encounter_id = " + encounter + " AND finding = 'nerve.slump'");
            c.commit();
            SQLException notAFollowUp = assertThrows(SQLException.class, () -> execute(c, "INSERT INTO exampath.encounter (patient_id, "
                    + "date, knowledge_version, imported, previous_id) VALUES (" + patient + ", DATE '2026-11-28', 'kb', true, " + oldVisit + ")"));
            assertEquals("23514", notAFollowUp.getSQLState(), "an import carries nothing over from a last visit: " + notAFollowUp.getMessage());
            c.rollback();
        }
        assertEquals(List.of(carol + " | true"), server.rows("SELECT created_by, imported FROM exampath.encounter WHERE id = " + encounter),
                "the encounter says for good that the writer imported it, whatever name was sent");
        try (ClinicEncounterStore c = store(carol)) {
            assertEquals(List.of("nerve.slr null -> Choice[value=negative] by " + carol,
                    "nerve.slump Choice[value=positive] -> Choice[value=negative] by " + carol), audit(c, encounter),
                    "a finding added in a later transaction and every change are audited in the writer's name");
        }
    }
}
