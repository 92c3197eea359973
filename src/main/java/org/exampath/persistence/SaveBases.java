package org.exampath.persistence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.store.SaveConflict;
import org.exampath.store.ValueCodec;

/**
 * What a window last read of an encounter, or stored to it, kept by this store: the base a save's changes are
 * worked out against, so a window whose view is stale writes only what it changed (ADR 4). A load is the freshest
 * view and replaces every base of that encounter; a clinician's create or save then becomes that clinician's base
 * (two windows on one store are told apart by who saves). No base (this store never read the encounter, nor did
 * this clinician write it): the stored exam is the base, and the save is the whole exam as sent, as before.
 */
final class SaveBases {
    /** An encounter as a window saw it: its patient's label and its exam. */
    record Seen(String label, Exam exam) {
    }

    /** The plan's name in a conflict; the assessment's is {@link #ASSESSMENT}. */
    static final String PLAN = SaveConflict.ENTRY + "plan";
    static final String ASSESSMENT = SaveConflict.ENTRY + "assessment";

    private final Map<Long, Seen> read = new ConcurrentHashMap<>();
    private final Map<List<Object>, Seen> saved = new ConcurrentHashMap<>();

    void read(long id, String label, Exam exam) {
        saved.keySet().removeIf(k -> k.get(0).equals(id));
        read.put(id, new Seen(label, exam));
    }

    void saved(long id, String clinician, String label, Exam exam) {
        saved.put(key(id, clinician), new Seen(label, exam));
    }

    /** The base of {@code clinician}'s save of encounter {@code id}, or null when this store has none. */
    Seen of(long id, String clinician) {
        Seen own = saved.get(key(id, clinician));
        return own != null ? own : read.get(id);
    }

    private static List<Object> key(long id, String clinician) {
        return List.of(id, Objects.requireNonNullElse(clinician, ""));
    }

    /** What a save does to the findings: the findings to store, and those a colleague changed that this save also changed. */
    record Merged(Map<String, FindingValue> findings, List<String> conflicts) {
    }

    /**
     * The findings to store: the stored ones with this window's changes (sent against base) on top. A finding this
     * window did not change keeps its stored value, whoever set it; one both changed keeps the stored value and is
     * named as a conflict.
     */
    static Merged findings(Map<String, FindingValue> base, Map<String, FindingValue> sent, Map<String, FindingValue> stored) {
        Map<String, FindingValue> out = new TreeMap<>(stored);
        List<String> conflicts = new java.util.ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(base.keySet());
        ids.addAll(sent.keySet());
        ids.addAll(stored.keySet());
        for (String id : ids) {
            FindingValue s = sent.get(id);
            FindingValue b = base.get(id);
            FindingValue t = stored.get(id);
            if (Objects.equals(s, t) || Objects.equals(s, b)) {
                continue;
            }
            if (!Objects.equals(t, b)) {
                conflicts.add(id);
            } else if (s == null) {
                out.remove(id);
            } else {
                out.put(id, s);
            }
        }
        return new Merged(out, conflicts);
    }

    /** The side's name in a conflict; the age's and sex's are {@link #AGE} and {@link #SEX}. */
    static final String SIDE = SaveConflict.ENTRY + "side";
    static final String AGE = SaveConflict.ENTRY + "age";
    static final String SEX = SaveConflict.ENTRY + "sex";

    /**
     * What a save does to one of the encounter's own entries (its assessment, plan, side, age or sex): the value to
     * store, and whether this window's was refused.
     */
    record Entry<T>(T kept, boolean refused) {
    }

    /**
     * The clinic store's rule for the encounter's own entries (its migration 010): one this window did not change keeps
     * the stored value; one it changed is written while the stored value is still its base (or is already its value);
     * otherwise a colleague changed it since, so theirs stays and this window's is refused.
     */
    static <T> Entry<T> entry(T base, T sent, T stored, java.util.function.BiPredicate<T, T> same) {
        if (same.test(base, stored)) {
            return new Entry<>(sent, false);
        }
        return new Entry<>(stored, !same.test(sent, stored) && !same.test(sent, base));
    }

    /** As {@link #entry}, for a side, age or sex. */
    static <T> Entry<T> header(T base, T sent, T stored) {
        return entry(base, sent, stored, Objects::equals);
    }

    /** As {@link #entry}, for the assessment or plan, the clinician's own words; an empty text is none. */
    static Entry<String> text(String base, String sent, String stored) {
        return entry(base, sent, stored, SaveBases::sameText);
    }

    private static boolean sameText(String a, String b) {
        return Objects.equals(ValueCodec.encodeText(a), ValueCodec.encodeText(b));
    }

    /**
     * The base of a window's next save: what it sent, but a finding, text or side, age or sex refused as a conflict
     * ({@code findings}, {@code texts}: the encounter's own entries) keeps its old base, so the same value sent again is
     * refused again; once the window sends the colleague's value, that is its base too.
     */
    static Exam afterSave(Seen base, Exam sent, List<SaveConflict.Clash> findings, List<SaveConflict.Clash> texts) {
        Exam next = sent;
        for (SaveConflict.Clash conflict : findings) {
            next = next.with(conflict.finding(), base.exam().findings().get(conflict.finding()));
        }
        ExamRecord record = next.record();
        for (SaveConflict.Clash conflict : texts) {
            Exam was = base.exam();
            switch (conflict.finding()) {
                case PLAN -> record = record.withPlan(was.record().plan());
                case ASSESSMENT -> record = record.withAssessment(was.record().assessment());
                case SIDE -> next = next.withSide(was.side());
                case AGE -> next = next.withPatient(next.patient().withAge(was.patient().age()));
                default -> next = next.withPatient(new org.exampath.domain.Patient(next.patient().age(), was.patient().sex()));
            }
        }
        return next.withRecord(record);
    }
}
