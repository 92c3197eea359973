package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.ListedSummary;
import org.exampath.store.StoreException;
import org.exampath.store.ValueCodec;

/**
 * Works the encounter list's summaries out again when the knowledge has changed (review 41, finding 4): an encounter
 * whose summary stands under another knowledge version (its {@code summary_knowledge}) gets
 * the leading hypothesis, its probability and the red-flag state the shipped knowledge gives its exam as stored. No
 * finding, entry or date changes and nothing is written in anyone's name; one store event records each pass that changed
 * anything. An encounter with no summary ("not recorded": none saved yet, or saved by a store without a summariser)
 * keeps none. An encounter whose stored values cannot be read keeps its summary (opening it names what is wrong).
 */
final class StaleSummaries {
    /** Encounters worked out per write transaction, so a large practice never holds the writer for long. */
    static final int BATCH = 200;

    private StaleSummaries() {
    }

    /** One batch: the last id looked at (-1 when none was left) and how many summaries it worked out again. */
    record Batch(long last, int count) {
    }

    /**
     * Works out the next {@link #BATCH} stale summaries with an id above {@code after}. The batch's exams and the visits
     * they follow up are read in two queries and its summaries written as one JDBC batch, all in the caller's transaction.
     */
    static Batch rework(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        String version = summariser.knowledgeVersion();
        List<long[]> stale = stale(c, version, after);
        if (stale.isEmpty()) {
            return new Batch(-1, 0);
        }
        Set<Long> wanted = new TreeSet<>();
        for (long[] row : stale) {
            wanted.add(row[0]);
            if (row[1] >= 0) {
                wanted.add(row[1]);
            }
        }
        Map<Long, Header> headers = headers(c, wanted);
        Map<Long, Map<String, String>> findings = findings(c, wanted);
        int count = 0;
        try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET leading = ?, leading_probability = ?, flags = ?, "
                + "summary_knowledge = ? WHERE id = ?")) {
            for (long[] row : stale) {
                try {
                    Exam exam = exam(row[0], headers, findings);
                    Exam lastVisit = row[1] < 0 ? null : exam(row[1], headers, findings);
                    add(p, row[0], summariser.of(exam, lastVisit), version);
                    count++;
                } catch (StoreException unreadable) {
                    // left as it was: the list keeps its old summary, and opening the encounter names the unreadable value
                }
            }
            if (count > 0) {
                p.executeBatch();
            }
        }
        return new Batch(stale.get(stale.size() - 1)[0], count);
    }

    /** One store event for a pass that worked out {@code count} summaries again. */
    static void record(Connection c, String version, int count) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO store_event (at, who, kind, detail) VALUES (?, 'ExamPath', 'summaries-reworked', ?)")) {
            p.setString(1, Instant.now().toString());
            p.setString(2, "the list's summaries of " + count + " encounters were worked out again under knowledge " + version);
            p.executeUpdate();
        }
    }

    private static List<long[]> stale(Connection c, String version, long after) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, coalesce(previous_id, -1) FROM encounter "
                + "WHERE summary_knowledge <> ? AND (flags IS NOT NULL OR leading IS NOT NULL) AND id > ? ORDER BY id LIMIT " + BATCH)) {
            p.setString(1, version);
            p.setLong(2, after);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        return out;
    }

    /** An encounter's exam as stored (as {@link StoredEncounter#read} gives it), from the batch's rows. */
    private static Exam exam(long id, Map<Long, Header> headers, Map<Long, Map<String, String>> stored) {
        Header h = headers.get(id);
        if (h == null) {
            throw new StoreException("encounter " + id + " does not exist");
        }
        Map<String, FindingValue> values = new TreeMap<>();
        stored.getOrDefault(id, Map.of()).forEach((finding, value) -> values.put(finding, ValueCodec.decode(id, finding, value)));
        return new Exam(new Patient(h.age(), Sex.fromId(h.sex())), Side.fromId(h.side()), values,
                ExamRecord.NONE.withAssessment(h.assessment()).withPlan(h.plan()));
    }

    /** What an exam keeps on its encounter's row. */
    private record Header(Integer age, String sex, String side, String assessment, String plan) {
    }

    private static Map<Long, Header> headers(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Header> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.age, e.sex, e.side, e.assessment, e.plan FROM encounter e "
                + "JOIN patient pt ON pt.id = e.patient_id WHERE e.id IN (" + marks(ids.size()) + ")")) {
            bind(p, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new Header((Integer) r.getObject(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
        }
        return out;
    }

    /** The stored (encoded) findings of each encounter, read undecoded so that one unreadable value spoils only its own. */
    private static Map<Long, Map<String, String>> findings(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT encounter_id, finding, value FROM finding WHERE encounter_id IN ("
                + marks(ids.size()) + ")")) {
            bind(p, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement p, Set<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            p.setLong(i++, id);
        }
    }

    private static void add(PreparedStatement p, long id, ListedSummary summary, String version) throws SQLException {
        p.setString(1, summary.leading());
        p.setObject(2, summary.leadingProbability(), Types.REAL);
        p.setString(3, summary.flags());
        p.setString(4, version);
        p.setLong(5, id);
        p.addBatch();
    }
}
