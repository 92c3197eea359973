package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.store.Encounters;
import org.exampath.store.ListedSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clinic's summaries worked out again a batch at a time ({@link ClinicStaleSummaries}) are the ones
 * {@link ClinicSummary#write} gives each encounter on its own, with the visit it follows up as stored: over more than two
 * batches of first visits and follow-ups, with an unreadable stored value whose encounter (and its follow-up) keeps the
 * summary it had, and an encounter with none ("not recorded") that keeps none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicStaleSummariesBatchTest {
    private static final String OLD = "2020.01.01";
    private static final ListedSummary PLACEHOLDER = new ListedSummary("hip_joint", 0.25, "placeholder");

    private PgTestServer server;
    private String alice;

    @BeforeAll
    void setUp() throws SQLException {
        server = PgTestServer.start();
        server.asAdmin().migrate();
        alice = server.newMember("alice", ClinicMembers.Kind.CLINICIAN, "Harbour Physio");
    }

    @AfterAll
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBatchGivesEachEncounterTheSummaryItsOwnSaveWouldWrite() throws SQLException {
        Map<Long, ListedSummary> expected = new HashMap<>();
        Map<Long, Long> followed = new HashMap<>();
        long unreadable;
        long notRecorded;
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
            List<Long> ids = new ArrayList<>(store.createAll(firstVisits(450), alice, OLD));
            for (int i = 0; i < 30; i++) {
                long previous = ids.get(i * 7);
                Exam exam = Exams.of().patient(20 + i * 7 % 60, i * 7 % 2 == 0 ? Sex.MALE : Sex.FEMALE).count("history.nrs_now", i % 11)
                        .is("nerve.slump", "positive").yes("redflag.iv_drug_use").is("neuro.myotome.L5", "weak").exam();
                long id = store.create(String.format(Locale.ROOT, "P-%03d", i * 7), alice, exam, OLD, previous, null);
                followed.put(id, previous);
                ids.add(id);
            }
            unreadable = ids.get(14);
            notRecorded = ids.get(100);
            // one at a time, from each encounter as stored (its findings are not changed below, but for the unreadable one)
            for (long id : ids) {
                if (id != unreadable && id != notRecorded && !Long.valueOf(unreadable).equals(followed.get(id))) {
                    Encounters.Encounter e = store.load(id).orElseThrow();
                    Exam last = e.previousId() == null ? null : store.load(e.previousId()).orElseThrow().exam();
                    expected.put(id, TestKnowledge.SUMMARISER.of(e.exam(), last));
                }
            }
        }
        stampAllStale(unreadable, notRecorded);
        assertTrue(followed.containsValue(unreadable), "sanity: the unreadable encounter has a follow-up");
        assertTrue(expected.size() > 2 * ClinicStaleSummaries.BATCH, "sanity: more than two batches to work out");

        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(alice), Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
            store.list("", 10);
        }
        Map<Long, Stored> after = stored();
        String version = TestKnowledge.SUMMARISER.knowledgeVersion();
        expected.forEach((id, summary) -> assertEquals(new Stored(asStored(summary), version), after.get(id), "encounter " + id));
        assertEquals(new Stored(PLACEHOLDER, OLD), after.get(unreadable), "an unreadable encounter keeps its summary");
        long itsFollowUp = followed.entrySet().stream().filter(f -> f.getValue() == unreadable).findFirst().orElseThrow().getKey();
        assertEquals(new Stored(PLACEHOLDER, OLD), after.get(itsFollowUp), "so does the visit following it up");
        assertEquals(new Stored(ListedSummary.NOT_WORKED_OUT, OLD), after.get(notRecorded), "'not recorded' stays");
    }

    /**
     * A row another transaction holds (a save in progress, or a colleague's client working the same batch out) is left
     * to it: the pass neither waits for it nor writes a summary over it, and works out the others.
     */
    @Test
    void aRowAnotherTransactionHoldsIsLeftToItAndTheOthersAreWorkedOut() throws SQLException {
        String bob = server.newMember("bob", ClinicMembers.Kind.CLINICIAN, "Quay Physio");
        List<Long> ids;
        try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(bob), Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
            ids = store.createAll(firstVisits(3), bob, OLD);
        }
        try (Connection c = server.asAdmin().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE exampath.encounter SET leading_hypothesis = 'hip_joint', leading_probability = 0.25, "
                    + "flags = 'placeholder', summary_knowledge = '" + OLD + "' WHERE id IN (" + ids.get(0) + ", " + ids.get(1)
                    + ", " + ids.get(2) + ")");
        }
        try (Connection held = server.as(bob).connect(); Statement s = held.createStatement()) {
            held.setAutoCommit(false);
            s.executeQuery("SELECT id FROM exampath.encounter WHERE id = " + ids.get(1) + " FOR UPDATE").close();
            try (ClinicEncounterStore store = new ClinicEncounterStore(server.as(bob), Clock.systemUTC(), TestKnowledge.SUMMARISER)) {
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> store.list("", 10));
            }
            held.rollback();
        }
        Map<Long, Stored> after = stored();
        String version = TestKnowledge.SUMMARISER.knowledgeVersion();
        assertEquals(version, after.get(ids.get(0)).knowledge());
        assertEquals(version, after.get(ids.get(2)).knowledge());
        assertEquals(new Stored(PLACEHOLDER, OLD), after.get(ids.get(1)), "the held row is left to its holder");
    }

    /** The summary as the column keeps it: its probability a {@code real}, as every save's. */
    private static ListedSummary asStored(ListedSummary s) {
        return new ListedSummary(s.leading(), s.leadingProbability() == null ? null : (double) s.leadingProbability().floatValue(),
                s.flags());
    }

    /** A summary as stored with the version it stands under. */
    private record Stored(ListedSummary summary, String knowledge) {
    }

    private static List<Encounters.NewEncounter> firstVisits(int n) {
        List<Encounters.NewEncounter> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exams e = Exams.of().patient(20 + i % 60, i % 2 == 0 ? Sex.MALE : Sex.FEMALE).count("history.nrs_now", i % 11)
                    .count("history.duration_weeks", 1 + i % 40).is("nerve.slump", i % 3 == 0 ? "positive" : "negative");
            if (i % 5 == 0) {
                e = e.yes("history.aggravator.sitting", "history.region.deep_mid_buttock");
            }
            if (i % 11 == 0) {
                e = e.yes("redflag.iv_drug_use").is("neuro.myotome.L5", "weak");
            }
            out.add(new Encounters.NewEncounter(String.format(Locale.ROOT, "P-%03d", i), e.exam(), null, null));
        }
        return out;
    }

    /**
     * Every summary stamped under {@link #OLD} with a placeholder an old program might have listed; {@code notRecorded}
     * with none, and one of {@code unreadable}'s stored values one no program writes (by hand, past the triggers).
     */
    private void stampAllStale(long unreadable, long notRecorded) throws SQLException {
        try (Connection c = server.asAdmin().connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE exampath.encounter SET leading_hypothesis = 'hip_joint', leading_probability = 0.25, "
                    + "flags = 'placeholder', summary_knowledge = '" + OLD + "'");
            s.executeUpdate("UPDATE exampath.encounter SET leading_hypothesis = NULL, leading_probability = NULL, flags = NULL "
                    + "WHERE id = " + notRecorded);
            assertEquals(1, s.executeUpdate("UPDATE exampath.finding SET value = 'x:garbled' WHERE encounter_id = " + unreadable
                    + " AND finding = 'history.nrs_now'"));
        }
    }

    private Map<Long, Stored> stored() throws SQLException {
        Map<Long, Stored> out = new HashMap<>();
        try (Connection c = server.asAdmin().connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, leading_hypothesis, leading_probability, flags, summary_knowledge FROM exampath.encounter")) {
            while (r.next()) {
                Double probability = r.getObject(3) == null ? null : (double) r.getFloat(3);
                out.put(r.getLong(1), new Stored(new ListedSummary(r.getString(2), probability, r.getString(4)), r.getString(5)));
            }
        }
        return out;
    }
}
