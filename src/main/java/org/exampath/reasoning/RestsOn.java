package org.exampath.reasoning;

import java.util.List;
import org.exampath.domain.FindingValue;

/**
 * What a likelihood-ratio row rests on, as recorded: the finding it is filed under, and every recorded
 * finding its condition reads with their values, in the same order. An ordinary row on a recorded finding
 * is named by that finding; a validated cluster, or a row that holds on other findings than its own, by all of them.
 */
public interface RestsOn {
    String finding();

    boolean cluster();

    List<String> findings();

    List<FindingValue> values();

    /**
     * The one recorded finding that names the row where a single finding is asked for (the {@code finding} of a
     * contribution in {@code evaluate}'s output): its own finding when that helped it hold, else the first recorded
     * finding that did. Never a finding that was not asked.
     */
    String heldBy();

    /** Whether the row is named by its own finding and value rather than by everything it rests on. */
    default boolean namedByItsFinding() {
        return findings().isEmpty() || !cluster() && findings().contains(finding());
    }

    /** The recorded value of {@code id} among the findings the row rests on (null when it is not one of them). */
    default FindingValue valueOf(String id) {
        int i = findings().indexOf(id);
        return i < 0 ? null : values().get(i);
    }
}
