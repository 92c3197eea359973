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
import org.exampath.store.Attribution;
import org.exampath.store.Encounters;
import org.exampath.store.SaveConflict;
import org.exampath.store.ValueCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 011: a change of an encounter's side, assessment or plan is an audit row, as a finding's is, written
 * by the server (who is its session_user, when its clock) only when the value changed. An encounter stored under
 * schema version 10 is audited from its first change after the upgrade.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicEntriesAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private PgTestServer server;
    private String alice;
    private String carol;
    private long before;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate(10);
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        Exam old = noted(Exams.of().patient(61, Sex.FEMALE).side(Side.LEFT).exam(), "Hip OA", "Exercise");
        before = OlderClinicRows.encounter(server.as(alice), "Stored at ten", old, LocalDate.of(2026, 11, 2), null, null);
        try (Connection c = server.as(alice).connect(); Statement s = c.createStatement()) {
            // under version 10 a plan changed with no audit row: this one did
            s.execute("UPDATE exampath.encounter SET plan = 'Exercise, then review' WHERE id = " + before);
        }
        server.asAdmin().migrate();
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    private static Exam noted(Exam exam, String assessment, String plan) {
        return exam.withRecord(exam.record().withAssessment(assessment).withPlan(plan));
    }

    /** The audit rows of the encounter's own entries, as "who entry before -> after" (values as the store encodes them). */
    private static List<String> entries(Encounters store, long id) {
        return store.audit(id).stream().filter(a -> a.finding().startsWith("encounter."))
                .map(a -> a.clinician() + " " + a.finding() + " " + ValueCodec.encode(a.oldValue()) + " -> "
                        + ValueCodec.encode(a.newValue()))
                .toList();
    }

    @Test
    void aChangedSideAssessmentAndPlanAreEachAnAuditRowInTheNameOfWhoChangedThem() {
        Exam made = Exams.of().patient(52, Sex.FEMALE).side(Side.LEFT).is("nerve.slump", "positive").exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Entries audited", "x", made, "v", null, "entries-audited");
            a.save(id, "Entries audited", noted(made, null, "Refer to the spinal team"), "x");
            Exam carolSees = c.load(id).orElseThrow().exam();
            c.save(id, "Entries audited", noted(carolSees.withSide(Side.RIGHT), "Radicular pain likely",
                    "Review in six weeks\nif no better"), "x");
            assertEquals(List.of(alice + " encounter.plan null -> c:Refer to the spinal team",
                    carol + " encounter.side c:left -> c:right",
                    carol + " encounter.assessment null -> c:Radicular pain likely",
                    carol + " encounter.plan c:Refer to the spinal team -> c:Review in six weeks\nif no better"), entries(a, id));
            Instant now = Instant.now();
            assertTrue(a.audit(id).stream().allMatch(row -> !Instant.parse(row.at()).isAfter(now)
                    && Instant.parse(row.at()).isAfter(now.minusSeconds(300))), "stamped by the server's clock as saved");
            assertEquals(List.of(carol), Attribution.others(alice, a.audit(id)),
                    "the window, export and the note name carol beside alice, who examined");
        }
    }

    @Test
    void aSaveThatLeavesThemAsTheyWereWritesNoRow() {
        Exam made = noted(Exams.of().patient(40, Sex.MALE).side(Side.LEFT).exam(), "Gluteal tendinopathy", "Load management");
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Entries unchanged", "x", made, "v", null, "entries-unchanged");
            a.save(id, "Entries unchanged", made.with("nerve.slump", new org.exampath.domain.FindingValue.Choice("negative")),
                    "x");
            a.save(id, "Entries unchanged", noted(made, "Gluteal tendinopathy", ""), "x");
            a.save(id, "Entries unchanged", noted(made, "Gluteal tendinopathy", null), "x");
            assertEquals(List.of(alice + " encounter.plan c:Load management -> null"), entries(a, id),
                    "made with them (no change), a finding saved beside them, then the plan cleared: an empty plan is none, "
                            + "so clearing it twice is one change");
        }
    }

    @Test
    void aPlanRefusedAsAConflictLeavesNoRowInTheNameOfWhoseWasRefused() {
        Exam made = Exams.of().patient(60, Sex.MALE).exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Entries clash", "x", made, "v", null, "entries-clash");
            Exam carolSees = c.load(id).orElseThrow().exam();
            a.save(id, "Entries clash", noted(made, null, "Refer"), "x");
            assertThrows(SaveConflict.class, () -> c.save(id, "Entries clash", noted(carolSees, null, "Wait"), "x"));
            assertEquals(List.of(alice + " encounter.plan null -> c:Refer"), entries(a, id), "carol's plan was not stored");
        }
    }

    @Test
    void anEncounterStoredUnderVersionTenIsAuditedFromItsFirstChangeAfterTheUpgrade() {
        try (ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            Exam stored = c.load(before).orElseThrow().exam();
            assertEquals("Exercise, then review", stored.record().plan(), "the stored plan is read as it was");
            assertEquals(List.of(), entries(c, before), "the change under version 10 left no row, and the upgrade writes none");
            c.save(before, null, noted(stored, "Hip OA", "Refer for imaging"), "x");
            assertEquals(List.of(carol + " encounter.plan c:Exercise, then review -> c:Refer for imaging"), entries(c, before));
        }
    }
}
