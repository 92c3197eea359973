package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.ProgressionRule;

/** Compares a follow-up with the last visit: what changed, and which deficits are new or growing. */
public final class FollowUp {
    /** One finding that differs between the visits (either side may be null: not recorded). */
    public record Change(String finding, FindingValue before, FindingValue now) {
    }

    /** How the catalogue names a duration stored in weeks. */
    private static final String WEEKS = "_weeks";

    private final KnowledgeBase knowledge;
    private final RedFlagLane lane;

    public FollowUp(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.lane = new RedFlagLane(knowledge);
    }

    /** The flags the earlier visit raised, most pressing first, each with its urgency: a follow-up shows them. */
    public List<RedFlag> earlierFlags(Exam previous) {
        return lane.flags(previous);
    }

    /**
     * The exam a follow-up starts from: the last visit's findings without its red-flag answers and the red-flag signs
     * the catalogue marks {@code reask} (both asked or examined again), or its own date, clinician, assessment and plan.
     */
    public Exam startFrom(Exam previous) {
        // the last visit's date, clinician, assessment and plan were that visit's: the follow-up writes its own
        Exam next = previous.withRecord(ExamRecord.NONE.withLabel(previous.record().label()));
        for (String id : previous.findings().keySet()) {
            if (askedAgain(id)) {
                next = next.with(id, null);
            }
        }
        return next;
    }

    /** Whether a follow-up asks {@code id} again rather than carrying it over: the red-flag screen and the signs marked {@code reask}. */
    public boolean askedAgain(String id) {
        return id.startsWith("redflag.") || knowledge.finding(id).map(FindingDefinition::reask).orElse(false);
    }

    /**
     * {@code start} with each duration in weeks (a finding whose id ends in {@code _weeks}) moved forward by the
     * {@code daysSince} days since the last visit, as {@link #movedForwardFrom} moves it from a value entered there.
     */
    public Exam movedForward(Exam start, long daysSince) {
        Exam out = start;
        for (Map.Entry<String, FindingValue> e : start.findings().entrySet()) {
            out = movedForwardFrom(out, e.getKey(), e.getValue(), daysSince);
        }
        return out;
    }

    /**
     * {@code start} with its duration in weeks {@code id} moved forward from the visit it was entered at: the value
     * {@code entered} there plus the {@code daysSince} days since that visit, rounded once to the nearest week as a
     * duration typed in days is stored, and capped at the finding's largest value. Counted from the entry, not from the
     * visit just before, a chain of close follow-ups neither loses nor adds the part-weeks between them. The pain has
     * gone on since: a stale duration would read months-old pain as recent in every rule that reads it. Never below the
     * value {@code start} carries (one an earlier follow-up moved on stands); {@code start} as it is when {@code id} is no
     * duration in weeks, either value is no count or {@code start}'s is not carried over from {@code entered}.
     */
    public Exam movedForwardFrom(Exam start, String id, FindingValue entered, long daysSince) {
        if (!id.endsWith(WEEKS) || !(entered instanceof FindingValue.Count from)
                || !(start.value(id) instanceof FindingValue.Count now) || !carries(id, entered, now)) {
            return start;
        }
        long weeks = Math.max(0, Math.round(daysSince / 7.0));
        int max = knowledge.finding(id).map(FindingDefinition::max).orElse(Integer.MAX_VALUE);
        int moved = (int) Math.max(now.value(), Math.min(max, from.value() + weeks));
        return moved == now.value() ? start : start.with(id, new FindingValue.Count(moved));
    }

    /**
     * Whether {@code now} is what a follow-up carries over from {@code before} (the last visit's value): the same, or,
     * for a duration in weeks, moved forward from it (see {@link #movedForward}).
     */
    public static boolean carries(String id, FindingValue before, FindingValue now) {
        if (Objects.equals(before, now)) {
            return true;
        }
        return id.endsWith(WEEKS) && before instanceof FindingValue.Count b && now instanceof FindingValue.Count n
                && n.value() > b.value();
    }

    public List<Change> changes(Exam previous, Exam now) {
        TreeSet<String> ids = new TreeSet<>(previous.findings().keySet());
        ids.addAll(now.findings().keySet());
        List<Change> out = new ArrayList<>();
        for (String id : ids) {
            if (!id.startsWith("redflag.") && !Objects.equals(previous.value(id), now.value(id))) {
                out.add(new Change(id, previous.value(id), now.value(id)));
            }
        }
        return out;
    }

    /** Each progressive red-flag finding to raise, with the findings that are new or worse since last time. */
    public Map<String, List<String>> progression(Exam previous, Exam now) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ProgressionRule rule : knowledge.progression()) {
            List<String> worse = new ArrayList<>();
            for (String id : rule.findings()) {
                if (worse(knowledge.findings().get(id), previous.value(id), now.value(id))) {
                    worse.add(id);
                }
            }
            if (!worse.isEmpty()) {
                out.put(rule.flag(), worse);
            }
        }
        return out;
    }

    /**
     * Whether {@code now} is new or worse than {@code before}, read only against a value the last visit recorded: a
     * question not asked then is never taken as "no", so a yes to it today is of unknown course, not growing (the
     * flag's own levels for an unasked course apply instead).
     */
    static boolean worse(FindingDefinition d, FindingValue before, FindingValue now) {
        if (now == null || before == null) {
            return false;
        }
        if (now instanceof FindingValue.Flag f) {
            return f.value() && FindingValue.Flag.NO.equals(before);
        }
        if (now instanceof FindingValue.Strength s) {
            return before instanceof FindingValue.Strength b && s.grade() < b.grade();
        }
        if (now instanceof FindingValue.Choice c && before instanceof FindingValue.Choice b) {
            return d.values().indexOf(c.value()) > d.values().indexOf(b.value());
        }
        return false;
    }
}
