package org.exampath.knowledge;

import java.util.List;

/**
 * A serious-pathology rule: when one of its levels holds, the flag is raised whatever the
 * probabilities say. Levels are checked most pressing first; the first that holds sets the
 * urgency, so a flag's urgency follows the constellation that raised it.
 */
public record RedFlagRule(String id, String label, String action, List<String> sources, String rationale,
                          List<RedFlagLevel> levels) {
    public RedFlagRule {
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
    }

    /** Holds when any level holds (the flag is raised at some urgency). */
    public Condition when() {
        if (levels.size() == 1) {
            return levels.get(0).when();
        }
        return new Condition.Any(levels.stream().map(RedFlagLevel::when).toList());
    }

    /** The most pressing urgency this rule can reach. */
    public Urgency highest() {
        return levels.get(0).urgency();
    }

    /** The first level that holds, or null. */
    public RedFlagLevel raisedBy(Facts facts) {
        for (RedFlagLevel level : levels) {
            if (level.when().test(facts)) {
                return level;
            }
        }
        return null;
    }
}
