package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.persistence.Database;
import org.exampath.persistence.EncounterStore;
import org.exampath.reasoning.FollowUp;
import org.exampath.report.CarriedFindings;
import org.exampath.report.FindingOrigins;
import org.exampath.store.Encounters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up made as the window makes it (the last visit's findings, the pain's duration moved forward by the six weeks
 * since: FollowUp.movedForward) on a real SQLite file and on a real PostgreSQL clinic store (review 32, finding 2): the
 * moved duration is carried over on both, in nobody's name, while a duration beyond the time passed is still audited as
 * the writer's entry by the clinic server (migration 018).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicMovedDurationAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    /** Six weeks before {@link #CLOCK}: the day of Kemi's visit. */
    private static final Clock SIX_WEEKS_BEFORE = Clock.fixed(Instant.parse("2026-10-17T09:00:00Z"), ZoneOffset.UTC);
    private static final Exam VISIT = Exams.of().patient(45, Sex.FEMALE).count("history.duration_weeks", 2)
            .is("nerve.slump", "positive").exam();
    private PgTestServer server;
    private String kemi;
    private String anna;

    @TempDir
    Path dir;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        kemi = server.newMember("kemi", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
        anna = server.newMember("anna", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    /** The exam the window creates a follow-up with, six weeks after VISIT (EncounterReads, EncounterWrites.startingExam). */
    private static Exam followUpStart() {
        FollowUp followUp = new FollowUp(TestKnowledge.SHIPPED);
        return followUp.movedForward(followUp.startFrom(VISIT), 42);
    }

    private static List<String> durationAudit(Encounters store, long encounter) {
        return store.audit(encounter).stream().filter(e -> e.finding().equals("history.duration_weeks"))
                .map(e -> e.oldValue() + " -> " + e.newValue() + " by " + e.clinician()).toList();
    }

    /**
     * Kemi records 2 weeks of pain; six weeks later Anna starts a follow-up, which moves the duration to 8 weeks. On a
     * SQLite file the moved duration is carried over, audited in nobody's name, and traced back to Kemi's visit. On the
     * clinic store the trigger (migration 006) leaves out of the audit only a value the last visit holds: 8 is not 2, so
     * the server audits "Duration 8" as Anna's entry, which she never made; FindingOrigins then names Anna as its source,
     * and once the follow-up is opened again the duration is read as examined today (not marked carried in the note).
     */
    @Test
    void aFollowUpsMovedForwardDurationIsNotAuditedAsTheNewClinicianOnTheClinicStore() throws Exception {
        Exam start = followUpStart();
        assertEquals("8", start.value("history.duration_weeks").display().replaceAll("\\D", ""), "sanity: moved forward to 8");

        try (Database db = Database.open(dir.resolve("review32.db"))) {
            long visit = new EncounterStore(db, SIX_WEEKS_BEFORE, TestKnowledge.SUMMARISER).create("Duration patient", "kemi", VISIT, "k", null, null);
            EncounterStore sqlite = new EncounterStore(db, CLOCK, TestKnowledge.SUMMARISER);
            long next = sqlite.create("Duration patient", "anna", start, "k", visit, null);
            assertEquals(List.of(), durationAudit(sqlite, next), "sanity: SQLite audits the moved duration in nobody's name");
            assertEquals("kemi", FindingOrigins.of(sqlite, sqlite.load(next).orElseThrow()).get("history.duration_weeks").by(),
                    "sanity: SQLite traces the duration back to Kemi");
        }

        ClinicEncounterStore asKemi = new ClinicEncounterStore(server.as(kemi), SIX_WEEKS_BEFORE, TestKnowledge.SUMMARISER);
        long visit = asKemi.create("Duration patient", kemi, VISIT, "k", null, null);
        ClinicEncounterStore asAnna = new ClinicEncounterStore(server.as(anna), CLOCK, TestKnowledge.SUMMARISER);
        long next = asAnna.create("Duration patient", anna, start, "k", visit, null);
        List<String> audit = durationAudit(asAnna, next);
        String origin = FindingOrigins.of(asAnna, asAnna.load(next).orElseThrow()).get("history.duration_weeks").words();
        assertEquals(List.of(), audit, "the clinic store audits the duration the follow-up only moved forward as entered by "
                + anna + " (who never typed it), unlike the SQLite file; a later note says it is " + origin);
        assertEquals(kemi, FindingOrigins.of(asAnna, asAnna.load(next).orElseThrow()).get("history.duration_weeks").by(),
                "the clinic store, as SQLite, traces the moved duration back to Kemi, who entered it");
        Set<String> examined = asAnna.audit(next).stream().map(Encounters.AuditEntry::finding).collect(Collectors.toSet());
        assertTrue(CarriedFindings.idsOf(VISIT, asAnna.load(next).orElseThrow().exam(), examined).contains("history.duration_weeks"),
                "opened again, the follow-up still marks the moved duration as carried over");
    }

    /**
     * The server bounds what it takes as moved forward by the weeks between the visits: a duration of 20 weeks six weeks
     * after one of 2 is no move but an entry, audited in the name of the clinician whose follow-up wrote it.
     */
    @Test
    void aDurationBeyondTheTimePassedIsStillAuditedAsTheWritersEntry() throws Exception {
        ClinicEncounterStore asKemi = new ClinicEncounterStore(server.as(kemi), SIX_WEEKS_BEFORE, TestKnowledge.SUMMARISER);
        long visit = asKemi.create("Duration patient two", kemi, VISIT, "k", null, null);
        ClinicEncounterStore asAnna = new ClinicEncounterStore(server.as(anna), CLOCK, TestKnowledge.SUMMARISER);
        Exam twenty = new FollowUp(TestKnowledge.SHIPPED).startFrom(VISIT).with("history.duration_weeks",
                new org.exampath.domain.FindingValue.Count(20));
        long next = asAnna.create("Duration patient two", anna, twenty, "k", visit, null);
        assertEquals(List.of("null -> Count[value=20] by " + anna), durationAudit(asAnna, next));
    }
}
