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
import org.exampath.domain.Side;
import org.exampath.store.SaveConflict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clinic migration 010: a save writes only the encounter's own entries (side, age, sex, assessment, plan) that its
 * client changed since it last saw them stored; a change that clashes with a colleague's meanwhile is refused and
 * named with who set theirs, as a finding's is, and the rest of the save is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicEntriesMergeTest {
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

    private static Exam planned(Exam exam, String plan) {
        return exam.withRecord(exam.record().withPlan(plan));
    }

    @Test
    void twoClinicansChangingDifferentEntriesKeepBoth() {
        Exam visit = Exams.of().patient(52, Sex.FEMALE).side(Side.LEFT).is("nerve.slump", "positive").exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Merge both", "x", visit, "v", null, "merge-both");
            Exam carolSees = c.load(id).orElseThrow().exam();
            a.save(id, "Merge both", planned(visit, "Refer to the spinal team"), "x");
            c.save(id, "Merge both", carolSees.withRecord(carolSees.record().withAssessment("Radicular pain likely"))
                    .withSide(Side.RIGHT), "x");
            Exam stored = a.load(id).orElseThrow().exam();
            assertEquals("Refer to the spinal team", stored.record().plan(), "alice's plan");
            assertEquals("Radicular pain likely", stored.record().assessment(), "carol's assessment");
            assertEquals(Side.RIGHT, stored.side(), "carol's side");
        }
    }

    @Test
    void aPlanChangedByBothIsAConflictNamingWhoSetTheirsAndTheRestOfTheSaveIsKept() {
        Exam visit = Exams.of().patient(60, Sex.MALE).is("nerve.slump", "positive").exam();
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER);
             ClinicEncounterStore c = new ClinicEncounterStore(server.as(carol), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            long id = a.create("Merge clash", "x", visit, "v", null, "merge-clash");
            Exam carolSees = c.load(id).orElseThrow().exam();
            a.save(id, "Merge clash", planned(visit, "Refer to the spinal team\nthis week"), "x");
            Exam carols = planned(carolSees, "Review in six weeks").with("history.quality.burning", FindingValue.Flag.YES);
            SaveConflict conflict = assertThrows(SaveConflict.class, () -> c.save(id, "Merge clash", carols, "x"));
            assertEquals(List.of(), conflict.conflicts(), "no finding clashed");
            assertEquals(List.of("encounter.plan"), conflict.entries().stream().map(SaveConflict.Clash::finding).toList());
            SaveConflict.Clash plan = conflict.entries().get(0);
            assertEquals(alice, plan.setBy());
            assertEquals("Refer to the spinal team\nthis week", plan.theirs());
            assertEquals("Review in six weeks", plan.yours());
            assertEquals(1, conflict.getMessage().lines().count(), conflict.getMessage());
            assertTrue(conflict.getMessage().contains("the plan is \"Refer to the spinal team this week\" (set by " + alice + ")"),
                    conflict.getMessage());
            assertThrows(SaveConflict.class, () -> c.save(id, "Merge clash", carols, "x"),
                    "saved again unseen, it is refused again, never written over alice's");
            Exam stored = a.load(id).orElseThrow().exam();
            assertEquals("Refer to the spinal team\nthis week", stored.record().plan());
            assertEquals(FindingValue.Flag.YES, stored.value("history.quality.burning"), "the rest of carol's save is kept");
            Exam seenNow = c.load(id).orElseThrow().exam();
            c.save(id, "Merge clash", planned(seenNow, "Review in six weeks"), "x");
            assertEquals("Review in six weeks", a.load(id).orElseThrow().exam().record().plan(),
                    "once carol has seen alice's plan, her own entered over it is hers");
        }
    }

    @Test
    void whoChangedAnEntryIsStampedByTheServer() throws SQLException {
        Exam visit = Exams.of().patient(30, Sex.FEMALE).exam();
        long id;
        try (ClinicEncounterStore a = new ClinicEncounterStore(server.as(alice), CLOCK, org.exampath.TestKnowledge.SUMMARISER)) {
            id = a.create("Merge stamp", "x", visit, "v", null, "merge-stamp");
        }
        try (Connection c = server.as(carol).connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE exampath.encounter SET plan = 'Rest', plan_by = 'alice', assessment_by = 'alice' WHERE id = " + id);
            try (ResultSet r = s.executeQuery("SELECT plan_by, assessment_by FROM exampath.encounter WHERE id = " + id)) {
                r.next();
                assertEquals(carol, r.getString(1), "the plan is carol's whatever she sends");
                assertEquals(null, r.getString(2), "the assessment, unchanged, is still its maker's");
            }
        }
    }
}
