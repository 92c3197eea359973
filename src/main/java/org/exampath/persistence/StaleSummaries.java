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
import org.exampath.store.ListedSummary;
import org.exampath.store.SummaryRework;

/**
 * Works the encounter list's summaries out again when the knowledge has changed (review 41, finding 4): an encounter
 * whose summary stands under another knowledge version (its {@code summary_knowledge}) gets
 * the leading hypothesis, its probability and the red-flag state the shipped knowledge gives its exam as stored. No
 * finding, entry or date changes and nothing is written in anyone's name; one store event records each pass that changed
 * anything. An encounter with no summary ("not recorded": none saved yet, or saved by a store without a summariser)
 * keeps none. The loop is {@link SummaryRework}'s; this class gives it the file's SQL.
 */
final class StaleSummaries {
    /** Encounters worked out per write transaction, so a large practice never holds the writer for long. */
    static final int BATCH = SummaryRework.BATCH;

    private StaleSummaries() {
    }

    /** Works out the next {@link #BATCH} stale summaries with an id above {@code after}, in the caller's transaction. */
    static SummaryRework.Batch rework(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        return SummaryRework.rework(new Rows(c), summariser, after);
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

    /** The file's rows, read and written on the writer's connection. */
    private record Rows(Connection c) implements SummaryRework.Rows<SQLException> {
        @Override
        public List<SummaryRework.Stale> stale(String version, long after) throws SQLException {
            List<SummaryRework.Stale> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, coalesce(previous_id, -1) FROM encounter WHERE "
                    + "summary_knowledge <> ? AND (flags IS NOT NULL OR leading IS NOT NULL) AND id > ? ORDER BY id LIMIT " + BATCH)) {
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
            try (PreparedStatement p = ofIds("SELECT e.id, e.age, e.sex, e.side, e.assessment, e.plan FROM encounter e "
                    + "JOIN patient pt ON pt.id = e.patient_id WHERE e.id IN (", ids); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), new SummaryRework.Header((Integer) r.getObject(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)));
                }
            }
            return out;
        }

        @Override
        public Map<Long, Map<String, String>> findings(Set<Long> ids) throws SQLException {
            Map<Long, Map<String, String>> out = new HashMap<>();
            try (PreparedStatement p = ofIds("SELECT encounter_id, finding, value FROM finding WHERE encounter_id IN (", ids);
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
                }
            }
            return out;
        }

        @Override
        public void write(List<SummaryRework.Reworked> summaries, String version) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET leading = ?, leading_probability = ?, flags = ?, "
                    + "summary_knowledge = ? WHERE id = ?")) {
                for (SummaryRework.Reworked s : summaries) {
                    p.setString(1, s.summary().leading());
                    p.setObject(2, s.summary().leadingProbability(), Types.REAL);
                    p.setString(3, s.summary().flags());
                    p.setString(4, version);
                    p.setLong(5, s.id());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }

        /** The query, ending in "IN (", closed over one mark per id, with the ids bound. */
        private PreparedStatement ofIds(String query, Set<Long> ids) throws SQLException {
            PreparedStatement p = c.prepareStatement(query + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")");
            int i = 1;
            for (long id : ids) {
                p.setLong(i++, id);
            }
            return p;
        }
    }
}
