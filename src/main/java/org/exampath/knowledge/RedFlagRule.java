package org.exampath.knowledge;

import java.util.List;

/** A serious-pathology rule: when it holds, the flag is raised, whatever the probabilities say. */
public record RedFlagRule(String id, String label, String urgency, Condition when, String action,
                          List<String> sources) {
    public RedFlagRule {
        sources = List.copyOf(sources);
    }
}
