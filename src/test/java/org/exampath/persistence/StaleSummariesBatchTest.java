package org.exampath.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries worked out again a batch at a time (two reads and one JDBC batch per {@link StaleSummaries#BATCH}) are
 * the ones the summariser gives each encounter opened on its own with the visit it follows up: over more than two
 * batches of first visits and follow-ups, with an unreadable stored value whose encounter (and its follow-up) keeps the
 * summary it had, and an encounter with none ("not recorded") that keeps none.
 */
class StaleSummariesBatchTest {
    private static final String OLD = "2020.01.01";

    @TempDir
    Path dir;

    @Test
    void aBatchGivesEachEncounterTheSummaryItWouldGetWorkedOutAlone() {
        try (Database db = Database.open(dir.resolve("exampath.db"))) {
            EncounterStore store = new EncounterStore(db, DatabaseTest.CLOCK, TestKnowledge.SUMMARISER);
            List<Long> ids = new ArrayList<>(store.createAll(firstVisits(450), "anna", OLD));
            Map<Long, Long> followed = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                long previous = ids.get(i * 7);
                Exam exam = Exams.of().patient(20 + i * 7 % 60, i * 7 % 2 == 0 ? Sex.MALE : Sex.FEMALE).count("history.nrs_now", i % 11).is("nerve.slump", "positive")
                        .yes("redflag.iv_drug_use").is("neuro.myotome.L5", "weak").exam();
                long id = store.create(String.format(Locale.ROOT, "P-%03d", i * 7), "anna", exam, OLD, previous, null);
                followed.put(id, previous);
                ids.add(id);
            }
            long unreadable = ids.get(14);
            long notRecorded = ids.get(100);
            stampAllStale(db, unreadable, notRecorded);

            Map<Long, ListedSummary> expected = new HashMap<>();
            for (long id : ids) {
                if (id != unreadable && id != notRecorded && !Long.valueOf(unreadable).equals(followed.get(id))) {
                    Encounters.Encounter e = store.load(id).orElseThrow();
                    Exam last = e.previousId() == null ? null : store.load(e.previousId()).orElseThrow().exam();
                    expected.put(id, TestKnowledge.SUMMARISER.of(e.exam(), last));
                }
            }
            assertTrue(followed.containsValue(unreadable), "sanity: the unreadable encounter has a follow-up");
            assertTrue(expected.size() > 2 * StaleSummaries.BATCH, "sanity: more than two batches to work out");

            store.list("", 10);
            Map<Long, Stored> after = stored(db);
            String version = TestKnowledge.SUMMARISER.knowledgeVersion();
            expected.forEach((id, summary) -> assertEquals(new Stored(summary, version), after.get(id), "encounter " + id));
            ListedSummary placeholder = new ListedSummary("hip_joint", 0.25, "placeholder");
            assertEquals(new Stored(placeholder, OLD), after.get(unreadable), "an unreadable encounter keeps its summary");
            long itsFollowUp = followed.entrySet().stream().filter(f -> f.getValue() == unreadable).findFirst().orElseThrow().getKey();
            assertEquals(new Stored(placeholder, OLD), after.get(itsFollowUp), "so does the visit following it up");
            assertEquals(new Stored(ListedSummary.NOT_WORKED_OUT, OLD), after.get(notRecorded), "'not recorded' stays");
        }
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
     * with none, and one of {@code unreadable}'s stored values one no program writes.
     */
    private static void stampAllStale(Database db, long unreadable, long notRecorded) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE encounter SET leading = 'hip_joint', leading_probability = 0.25, flags = 'placeholder', "
                        + "summary_knowledge = '" + OLD + "'");
                s.executeUpdate("UPDATE encounter SET leading = NULL, leading_probability = NULL, flags = NULL WHERE id = " + notRecorded);
                return s.executeUpdate("UPDATE finding SET value = 'x:garbled' WHERE encounter_id = " + unreadable
                        + " AND finding = 'history.nrs_now'");
            }
        });
    }

    private static Map<Long, Stored> stored(Database db) {
        return db.read(c -> {
            Map<Long, Stored> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, leading, leading_probability, flags, summary_knowledge FROM encounter")) {
                while (r.next()) {
                    Double probability = r.getObject(3) == null ? null : r.getDouble(3);
                    out.put(r.getLong(1), new Stored(new ListedSummary(r.getString(2), probability, r.getString(4)), r.getString(5)));
                }
            }
            return out;
        });
    }
}
