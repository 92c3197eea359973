package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Condition;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.FindingKind;
import org.exampath.knowledge.RedFlagLevel;

/**
 * The unrecorded findings one answer to which would make a red-flag level hold, found by trying the answers one by
 * one. What each level mentions and the answers worth trying for each of its findings are worked out once, when the
 * lane is built; {@link OneAnswerReach} narrows the findings before any answer is tried.
 */
final class LevelReach {
    private final Map<String, FindingDefinition> findings;
    /** Each level's mentioned findings. */
    private final Map<RedFlagLevel, Set<String>> mentions = new IdentityHashMap<>();
    /** For each level, the answers to try for each finding it mentions that the catalogue defines. */
    private final Map<RedFlagLevel, Map<String, List<FindingValue>>> tries = new IdentityHashMap<>();
    private final OneAnswerReach narrowing;

    LevelReach(Map<String, FindingDefinition> findings, List<RedFlagLevel> levels) {
        this.findings = findings;
        for (RedFlagLevel level : levels) {
            Set<String> mentioned = new TreeSet<>();
            level.when().references(mentioned);
            mentions.put(level, Set.copyOf(mentioned));
            Map<String, List<FindingValue>> answers = new LinkedHashMap<>();
            for (String id : mentioned) {
                FindingDefinition definition = findings.get(id);
                if (definition != null) {
                    answers.put(id, List.copyOf(answersFor(definition, level.when())));
                }
            }
            tries.put(level, answers);
        }
        narrowing = new OneAnswerReach(levels);
    }

    /** The findings {@code level}'s condition mentions. */
    Set<String> mentions(RedFlagLevel level) {
        return mentions.get(level);
    }

    /** The answers to try for {@code id}, a catalogue finding {@code level} mentions. */
    List<FindingValue> tries(RedFlagLevel level, String id) {
        return tries.get(level).get(id);
    }

    /** The unrecorded findings (not age, sex or side, which a header holds) one answer to which would make {@code level} hold. */
    Set<String> reaching(RedFlagLevel level, Facts facts) {
        Set<String> out = new TreeSet<>();
        for (String id : narrowing.worthTrying(level, facts, mentions.get(level))) {
            if (turns(level, facts, id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Whether some finding of {@link #reaching} is not in {@code except}: stops at the first one found. */
    boolean reachesOtherThan(RedFlagLevel level, Facts facts, Collection<String> except) {
        for (String id : narrowing.worthTrying(level, facts, mentions.get(level))) {
            if (!except.contains(id) && turns(level, facts, id)) {
                return true;
            }
        }
        return false;
    }

    /** {@code id} is an unrecorded catalogue finding (not age, sex or side) and one answer to it makes {@code level} hold. */
    private boolean turns(RedFlagLevel level, Facts facts, String id) {
        FindingDefinition definition = findings.get(id);
        if (definition == null || definition.pseudo() || facts.value(id) != null) {
            return false;
        }
        for (FindingValue value : tries(level, id)) {
            if (level.when().test(new OneAnswer(facts, id, value))) {
                return true;
            }
        }
        return false;
    }

    /** Recorded findings with one more answer laid over them. */
    private record OneAnswer(Facts base, String id, FindingValue answer) implements Facts {
        @Override
        public FindingValue value(String finding) {
            return id.equals(finding) ? answer : base.value(finding);
        }
    }

    /** The answers to try: the ranker's, and for a count the ends of every range the condition sets on it. */
    private static List<FindingValue> answersFor(FindingDefinition definition, Condition when) {
        List<FindingValue> out = new ArrayList<>(NextTestRanker.probesOf(definition));
        if (definition.kind() == FindingKind.INTEGER) {
            Set<Integer> ends = new TreeSet<>();
            when.rangeEnds(definition.id(), ends);
            for (int end : ends) {
                int clamped = Math.max(definition.min(), Math.min(definition.max(), end));
                out.add(new FindingValue.Count(clamped));
            }
        }
        return out;
    }
}
