package org.exampath.clinic;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * Works out again (review 41, finding 4) this clinic's list summaries recorded under a knowledge version other than the
 * summariser's, a batch at a time in the caller's transaction: the batch's rows locked, their exams and the visits they
 * follow up read in two queries, the summaries written as one JDBC batch. Each summary is the one {@link ClinicSummary#write}
 * gives the encounter on its own. No finding or entry changes; an encounter whose stored values cannot be read keeps
 * its summary, and one with none ("not recorded") keeps none.
 */
final class ClinicStaleSummaries {
    /** Encounters worked out per transaction, so the rows are never held for long. */
    static final int BATCH = 200;

    private ClinicStaleSummaries() {
    }

    /**
     * Works out the next batch with an id above {@code after}; the last id looked at, or -1 when none was left. The
     * batch's rows are locked before their exams are read: a save of one of them ({@code save_encounter} locks its row)
     * waits until this transaction ends, so no summary is written for an exam that is no longer the one stored; a row
     * a save or another client's pass holds is skipped (that one writes its summary), so two clients starting at once
     * share the work instead of doing it twice.
     */
    static long rework(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        String version = summariser.knowledgeVersion();
        List<long[]> stale = lockStale(c, version, after);
        if (stale.isEmpty()) {
            return -1;
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
        try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET leading_hypothesis = ?, "
                + "leading_probability = ?, flags = ?, summary_knowledge = ? WHERE id = ?")) {
            for (long[] row : stale) {
                try {
                    Exam exam = exam(row[0], headers, findings);
                    // a visit this login cannot see (or that is gone) is no last visit, as ClinicPatients.load finds none
                    Exam lastVisit = row[1] < 0 || !headers.containsKey(row[1]) ? null : exam(row[1], headers, findings);
                    add(p, row[0], summariser.of(exam, lastVisit), version);
                    count++;
                } catch (StoreException unreadable) {
                    // left as it was: opening the encounter names the unreadable value
                }
            }
            if (count > 0) {
                p.executeBatch();
            }
        }
        return stale.get(stale.size() - 1)[0];
    }

    private static List<long[]> lockStale(Connection c, String version, long after) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, coalesce(previous_id, -1) FROM exampath.encounter "
                + "WHERE clinic_id = exampath.my_clinic() AND summary_knowledge <> ? "
                + "AND (flags IS NOT NULL OR leading_hypothesis IS NOT NULL) AND id > ? ORDER BY id LIMIT " + BATCH
                + " FOR UPDATE SKIP LOCKED")) {
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

    /** An encounter's exam as {@link ClinicPatients#load} gives it, from the batch's rows. */
    private static Exam exam(long id, Map<Long, Header> headers, Map<Long, Map<String, String>> stored) {
        Header h = headers.get(id);
        Map<String, FindingValue> values = new TreeMap<>();
        stored.getOrDefault(id, Map.of()).forEach((finding, value) -> values.put(finding, ValueCodec.decode(id, finding, value)));
        return new Exam(new Patient(h.age(), Sex.fromId(h.sex())), Side.fromId(h.side()), values,
                ExamRecord.NONE.withAssessment(h.assessment()).withPlan(h.plan()));
    }

    /** What an exam keeps on its encounter's row (the sex this visit recorded, clinic migration 008). */
    private record Header(Integer age, String sex, String side, String assessment, String plan) {
    }

    private static Map<Long, Header> headers(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Header> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.age, e.sex, e.side, e.assessment, e.plan "
                + "FROM exampath.encounter e JOIN exampath.patient pt ON pt.id = e.patient_id WHERE e.id = ANY (?)")) {
            p.setArray(1, ids(c, ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new Header((Integer) r.getObject(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
        }
        return out;
    }

    /** The stored (encoded) values, read undecoded so that one unreadable value spoils only its own encounter. */
    private static Map<Long, Map<String, String>> findings(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, Map<String, String>> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT encounter_id, finding, value FROM exampath.finding "
                + "WHERE encounter_id = ANY (?) AND value IS NOT NULL")) {
            p.setArray(1, ids(c, ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
        }
        return out;
    }

    private static Array ids(Connection c, Set<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }

    private static void add(PreparedStatement p, long id, ListedSummary summary, String version) throws SQLException {
        p.setString(1, summary.leading());
        p.setObject(2, summary.leadingProbability(), Types.DOUBLE);
        p.setString(3, summary.flags());
        p.setString(4, version);
        p.setLong(5, id);
        p.addBatch();
    }
}
