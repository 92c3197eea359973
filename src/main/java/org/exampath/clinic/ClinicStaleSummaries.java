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
import org.exampath.store.ListedSummary;
import org.exampath.store.SummaryRework;

/**
 * Works out again (review 41, finding 4) this clinic's list summaries recorded under a knowledge version other than the
 * summariser's, a batch at a time in the caller's transaction, with {@link SummaryRework}'s loop; this class gives it
 * the server's SQL. Each summary is the one {@link ClinicSummary#write} gives the encounter on its own.
 */
final class ClinicStaleSummaries {
    /** Encounters worked out per transaction, so the rows are never held for long. */
    static final int BATCH = SummaryRework.BATCH;

    private ClinicStaleSummaries() {
    }

    /**
     * Works out the next batch with an id above {@code after}; the last id looked at, or -1 when none was left. The
     * batch's rows are locked before their exams are read: a save of one of them ({@code save_encounter} locks its row)
     * waits until this transaction ends, so no summary is written for an exam that is no longer the one stored; a row
     * a save or another client's pass holds is skipped (that one writes its summary), so two clients starting at once
     * share the work instead of doing it twice. A last visit this login cannot see is no last visit, as
     * {@link ClinicPatients#load} finds none.
     */
    static long rework(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        return SummaryRework.rework(new Rows(c), summariser, after).last();
    }

    /** The clinic's rows, read and written on the caller's connection. */
    private record Rows(Connection c) implements SummaryRework.Rows<SQLException> {
        @Override
        public List<SummaryRework.Stale> stale(String version, long after) throws SQLException {
            List<SummaryRework.Stale> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, coalesce(previous_id, -1) FROM exampath.encounter "
                    + "WHERE clinic_id = exampath.my_clinic() AND summary_knowledge <> ? "
                    + "AND (flags IS NOT NULL OR leading_hypothesis IS NOT NULL) AND id > ? ORDER BY id LIMIT " + BATCH
                    + " FOR UPDATE SKIP LOCKED")) {
                p.setString(1, version);
                p.setLong(2, after);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new SummaryRework.Stale(r.getLong(1), r.getLong(2)));
                    }
                }
            }
            return out;
        }

        @Override
        public Map<Long, SummaryRework.Header> headers(Set<Long> ids) throws SQLException {
            Map<Long, SummaryRework.Header> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.age, e.sex, e.side, e.assessment, e.plan "
                    + "FROM exampath.encounter e JOIN exampath.patient pt ON pt.id = e.patient_id WHERE e.id = ANY (?)")) {
                p.setArray(1, array(ids));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), new SummaryRework.Header((Integer) r.getObject(2), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6)));
                    }
                }
            }
            return out;
        }

        @Override
        public Map<Long, Map<String, String>> findings(Set<Long> ids) throws SQLException {
            Map<Long, Map<String, String>> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT encounter_id, finding, value FROM exampath.finding "
                    + "WHERE encounter_id = ANY (?) AND value IS NOT NULL")) {
                p.setArray(1, array(ids));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                    }
                }
            }
            return out;
        }

        @Override
        public void write(List<SummaryRework.Reworked> summaries, String version) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("UPDATE exampath.encounter SET leading_hypothesis = ?, "
                    + "leading_probability = ?, flags = ?, summary_knowledge = ? WHERE id = ?")) {
                for (SummaryRework.Reworked s : summaries) {
                    p.setString(1, s.summary().leading());
                    p.setObject(2, s.summary().leadingProbability(), Types.DOUBLE);
                    p.setString(3, s.summary().flags());
                    p.setString(4, version);
                    p.setLong(5, s.id());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }

        private Array array(Set<Long> ids) throws SQLException {
            return c.createArrayOf("bigint", ids.toArray());
        }
    }
}
