package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.knowledge.Condition;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.RedFlagLevel;

/**
 * Which findings one answer to which could make a red-flag level hold, narrowed before any answer is tried. A level
 * whose condition is an "all" holds only when every part does, and a part that reads only findings can change only
 * when one of the findings it reads does; so while a part fails, the single answer that could make the level hold
 * must be to a finding that every failing part reads. Levels of another shape (or with a part that reads more than
 * findings, such as another flag) are not narrowed: every finding they mention stays worth trying.
 */
final class OneAnswerReach {
    /** For each level whose condition is an "all" of parts that read findings only: each part and what it reads. */
    private final Map<RedFlagLevel, List<Part>> parts = new IdentityHashMap<>();

    private record Part(Condition condition, Set<String> reads) {
    }

    OneAnswerReach(Iterable<RedFlagLevel> levels) {
        for (RedFlagLevel level : levels) {
            if (level.when() instanceof Condition.All all && all.parts().stream().allMatch(OneAnswerReach::readsFindingsOnly)) {
                List<Part> out = new ArrayList<>();
                for (Condition part : all.parts()) {
                    Set<String> reads = new TreeSet<>();
                    part.references(reads);
                    out.add(new Part(part, Set.copyOf(reads)));
                }
                parts.put(level, List.copyOf(out));
            }
        }
    }

    /** The findings of {@code mentioned} (what the level mentions) that one answer could still make it hold by. */
    Set<String> worthTrying(RedFlagLevel level, Facts facts, Set<String> mentioned) {
        List<Part> of = parts.get(level);
        if (of == null) {
            return mentioned;
        }
        Set<String> out = null;
        for (Part part : of) {
            if (!part.condition().test(facts)) {
                if (out == null) {
                    out = new TreeSet<>(part.reads());
                } else {
                    out.retainAll(part.reads());
                }
            }
        }
        return out == null ? mentioned : out;
    }

    /** Whether the condition's truth depends only on the findings it {@linkplain Condition#references references}. */
    private static boolean readsFindingsOnly(Condition condition) {
        if (condition instanceof Condition.Leaf) {
            return true;
        }
        if (condition instanceof Condition.Not not) {
            return readsFindingsOnly(not.inner());
        }
        List<Condition> inner = condition instanceof Condition.All all ? all.parts()
                : condition instanceof Condition.Any any ? any.parts()
                : condition instanceof Condition.CountAtLeast count ? count.parts() : null;
        return inner != null && inner.stream().allMatch(OneAnswerReach::readsFindingsOnly);
    }
}
