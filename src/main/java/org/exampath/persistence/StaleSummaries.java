package org.exampath.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.store.ListedSummary;
import org.exampath.store.StoreException;

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

    /** Works out the next {@link #BATCH} stale summaries with an id above {@code after}. */
    static Batch rework(Connection c, ListedSummary.Summariser summariser, long after) throws SQLException {
        String version = summariser.knowledgeVersion();
        List<long[]> stale = stale(c, version, after);
        int count = 0;
        for (long[] row : stale) {
            try {
                Exam exam = exam(c, row[0]);
                Exam lastVisit = row[1] < 0 ? null : exam(c, row[1]);
                write(c, row[0], summariser.of(exam, lastVisit), version);
                count++;
            } catch (StoreException unreadable) {
                // left as it was: the list keeps its old summary, and opening the encounter names the unreadable value
            }
        }
        return new Batch(stale.isEmpty() ? -1 : stale.get(stale.size() - 1)[0], count);
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

    private static Exam exam(Connection c, long id) throws SQLException {
        return StoredEncounter.read(c, id, EncounterStore.findings(c, id)).exam();
    }

    private static void write(Connection c, long id, ListedSummary summary, String version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE encounter SET leading = ?, leading_probability = ?, flags = ?, "
                + "summary_knowledge = ? WHERE id = ?")) {
            p.setString(1, summary.leading());
            p.setObject(2, summary.leadingProbability(), Types.REAL);
            p.setString(3, summary.flags());
            p.setString(4, version);
            p.setLong(5, id);
            p.executeUpdate();
        }
    }
}
