package org.exampath.store;

import java.util.ArrayList;
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

/**
 * The batched loop both stores use to work the list's summaries out again after a knowledge update (review 41,
 * finding 4); each store supplies only its reads and its write ({@link Rows}, its SQL). One batch, in the caller's
 * transaction: the next {@link #BATCH} stale encounters, their exams and the visits they follow up read in two queries,
 * the summaries written as one batch. Each summary is the one the summariser gives the encounter on its own. No finding
 * or entry changes. An encounter whose stored values cannot be read keeps its summary (opening it names what is
 * wrong); a last visit the store does not give (gone, or not this login's to see) is no last visit, as loading the
 * encounter finds none.
 */
public final class SummaryRework {
    /** Encounters worked out per transaction, so a large practice never holds the writer, or the rows, for long. */
    public static final int BATCH = 200;

    private SummaryRework() {
    }

    /** A stale encounter and the visit it follows up ({@code previousId} -1 for none). */
    public record Stale(long id, long previousId) {
    }

    /** What an exam keeps on its encounter's row (the sex this visit recorded). */
    public record Header(Integer age, String sex, String side, String assessment, String plan) {
    }

    /** An encounter's summary worked out again. */
    public record Reworked(long id, ListedSummary summary) {
    }

    /**
     * A store's reads and write, in the caller's transaction. {@code stale}: at most {@link #BATCH} encounters whose
     * summary stands under a knowledge version other than {@code version}, with an id above {@code after}, in id order
     * (locked as the store needs); {@code headers} and {@code findings} (stored, undecoded values) of the encounters
     * named; {@code write}: the summaries, stamped with {@code version}, as one batch.
     */
    public interface Rows<X extends Exception> {
        List<Stale> stale(String version, long after) throws X;

        Map<Long, Header> headers(Set<Long> ids) throws X;

        Map<Long, Map<String, String>> findings(Set<Long> ids) throws X;

        void write(List<Reworked> summaries, String version) throws X;
    }

    /** One batch: the last id looked at (-1 when none was left) and how many summaries it worked out again. */
    public record Batch(long last, int count) {
    }

    /** Works out the next batch of stale summaries with an id above {@code after}. */
    public static <X extends Exception> Batch rework(Rows<X> rows, ListedSummary.Summariser summariser, long after) throws X {
        String version = summariser.knowledgeVersion();
        List<Stale> stale = rows.stale(version, after);
        if (stale.isEmpty()) {
            return new Batch(-1, 0);
        }
        Set<Long> wanted = new TreeSet<>();
        for (Stale row : stale) {
            wanted.add(row.id());
            if (row.previousId() >= 0) {
                wanted.add(row.previousId());
            }
        }
        Map<Long, Header> headers = rows.headers(wanted);
        Map<Long, Map<String, String>> findings = rows.findings(wanted);
        List<Reworked> reworked = new ArrayList<>();
        for (Stale row : stale) {
            try {
                Exam exam = exam(row.id(), headers, findings);
                Exam lastVisit = row.previousId() < 0 || !headers.containsKey(row.previousId()) ? null
                        : exam(row.previousId(), headers, findings);
                reworked.add(new Reworked(row.id(), summariser.of(exam, lastVisit)));
            } catch (StoreException unreadable) {
                // left as it was: the list keeps its old summary, and opening the encounter names the unreadable value
            }
        }
        if (!reworked.isEmpty()) {
            rows.write(reworked, version);
        }
        return new Batch(stale.get(stale.size() - 1).id(), reworked.size());
    }

    /** An encounter's exam as stored (as loading it gives it), from the batch's rows. */
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
}
