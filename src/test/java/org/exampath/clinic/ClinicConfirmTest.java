package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
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
 * A follow-up's carried-over finding confirmed unchanged, on a real PostgreSQL server: one audit row from the stored
 * value to itself, in the name of the login that confirmed it (whatever name the client passes), so the finding
 * reads as this visit's when the encounter is opened again. Nothing for a finding without a value, nor for one a
 * colleague changed since this client saw it; the finding itself (value, version, who set it) is untouched, so a
 * confirmation never makes anyone's save a conflict.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicConfirmTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(40, Sex.FEMALE).yes("history.aggravator.sitting")
            .is("nerve.slump", "positive").count("history.nrs_now", 6).exam();
    private PgTestServer server;
    private String alice;
    private String carol;
    private String dan;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        carol = server.newMember("carol", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        dan = server.newMember("dan", ClinicMembers.Kind.CLINICIAN, "Hilltop Clinic");
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

    @Test
    void aCarriedOverFindingConfirmedIsOneAuditRowFromItsValueToItselfInTheConfirmersName() throws SQLException {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat confirmed", "x", VISIT, "kb", null);
            long followUp = c.create("Pat confirmed", "x", VISIT, "kb", visit);
            List<String> before = server.rows("SELECT finding, value, version, set_by, set_at FROM exampath.finding WHERE encounter_id = "
                    + followUp + " ORDER BY finding");

            c.confirm(followUp, "someone the client names", "nerve.slump");

            assertEquals(List.of("nerve.slump Choice[value=positive] -> Choice[value=positive] by " + carol), audit(c, followUp),
                    "one row, value to itself, in the name of the login that confirmed it");
            assertEquals(before, server.rows("SELECT finding, value, version, set_by, set_at FROM exampath.finding WHERE encounter_id = "
                    + followUp + " ORDER BY finding"), "the finding keeps its value, version and who set it");
            assertEquals(VISIT.findings(), c.load(followUp).orElseThrow().exam().findings());
        }
    }

    @Test
    void aFindingWithoutAValueIsNotConfirmed() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat unasked", "x", VISIT, "kb", null);
            long followUp = c.create("Pat unasked", "x", VISIT, "kb", visit);
            c.save(followUp, null, VISIT.with("history.nrs_now", null), "x");
            List<String> cleared = audit(c, followUp);

            c.confirm(followUp, "x", "history.nrs_now"); // cleared today
            c.confirm(followUp, "x", "palpation.piriformis"); // never recorded

            assertEquals(cleared, audit(c, followUp), "no row for a finding without a value");
        }
    }

    @Test
    void aConfirmationIsNeverAConflictForAColleaguesSave() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat colleague", "x", VISIT, "kb", null);
            long followUp = c.create("Pat colleague", "x", VISIT, "kb", visit);
            Exam seenByAlice = a.load(followUp).orElseThrow().exam();

            c.confirm(followUp, "x", "nerve.slump");
            assertEquals(1, a.save(followUp, null, seenByAlice.with("nerve.slump", new FindingValue.Choice("negative")), "x"), "alice's change of the finding carol confirmed is saved, not refused");

            assertEquals(List.of("nerve.slump Choice[value=positive] -> Choice[value=positive] by " + carol,
                    "nerve.slump Choice[value=positive] -> Choice[value=negative] by " + alice), audit(a, followUp));
        }
    }

    @Test
    void aValueAColleagueChangedSinceThisClientSawItIsNotConfirmedInItsName() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat changed meanwhile", "x", VISIT, "kb", null);
            long followUp = c.create("Pat changed meanwhile", "x", VISIT, "kb", visit);
            Exam seenByAlice = a.load(followUp).orElseThrow().exam();
            a.save(followUp, null, seenByAlice.with("nerve.slump", new FindingValue.Choice("negative")), "x");
            List<String> changed = audit(c, followUp);

            // carol saw "positive"; the store holds alice's "negative"
            org.exampath.store.SaveConflict refused = org.junit.jupiter.api.Assertions.assertThrows(org.exampath.store.SaveConflict.class,
                    () -> c.confirm(followUp, "x", "nerve.slump"));

            assertEquals(changed, audit(c, followUp), "carol did not examine alice's value: nothing in carol's name");
            assertEquals(1, refused.conflicts().size());
            org.exampath.store.SaveConflict.Clash clash = refused.conflicts().get(0);
            assertEquals(List.of("nerve.slump", "c:negative", alice), List.of(clash.finding(), clash.theirs(), clash.setBy()),
                    "refused as the SQLite store refuses it: the value that stands and who set it");
        }
    }

    @Test
    void aValueAColleagueClearedSinceThisClientSawItIsNotConfirmedEither() {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol)) {
            long visit = a.create("Pat cleared meanwhile", "x", VISIT, "kb", null);
            long followUp = c.create("Pat cleared meanwhile", "x", VISIT, "kb", visit);
            Exam seenByAlice = a.load(followUp).orElseThrow().exam();
            a.save(followUp, null, seenByAlice.with("nerve.slump", null), "x");
            List<String> cleared = audit(c, followUp);

            org.exampath.store.SaveConflict refused = org.junit.jupiter.api.Assertions.assertThrows(org.exampath.store.SaveConflict.class,
                    () -> c.confirm(followUp, "x", "nerve.slump"));

            assertEquals(cleared, audit(c, followUp), "nothing in carol's name");
            assertEquals(null, refused.conflicts().get(0).theirs(), "not recorded now");
        }
    }

    @Test
    void aClinicianOfAnotherClinicConfirmsNothingInThisClinicsEncounters() throws SQLException {
        try (ClinicEncounterStore a = store(alice); ClinicEncounterStore c = store(carol); ClinicEncounterStore d = store(dan)) {
            long visit = a.create("Pat elsewhere", "x", VISIT, "kb", null);
            long followUp = c.create("Pat elsewhere", "x", VISIT, "kb", visit);
            assertTrue(d.load(followUp).isEmpty(), "dan cannot read Harbour Physio's encounter");

            d.confirm(followUp, "x", "nerve.slump");

            assertEquals(List.of(), server.rows("SELECT who FROM exampath.audit WHERE encounter_id = " + followUp),
                    "row-level security: dan sees no finding of Harbour Physio's to confirm");
        }
    }
}
