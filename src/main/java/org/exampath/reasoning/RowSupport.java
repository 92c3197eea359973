package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.LikelihoodRow;

/**
 * What a likelihood-ratio row that holds rests on, as recorded. A row is filed under one finding, but its
 * condition may hold on others (pain below the buttocks holds on the back or side of the thigh or below the
 * knee), and the finding it is filed under may never have been asked. Only recorded findings are ever named.
 */
final class RowSupport {
    private RowSupport() {
    }

    /**
     * The recorded findings the row is shown by, in the row's order: for a validated cluster every recorded
     * member (its count is read over all of them); for any other row those that make it hold.
     */
    static List<String> findings(LikelihoodRow row, Facts facts) {
        Set<String> holding = holding(row, facts);
        List<String> out = new ArrayList<>();
        for (String id : row.references()) {
            if (facts.value(id) != null && (row.cluster() || holding.contains(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The recorded finding the row is named by: the one it is filed under when that helped it hold, else the
     * first recorded finding, in the row's order, that did; the filed one only when nothing recorded explains it.
     */
    static String heldBy(LikelihoodRow row, Facts facts) {
        Set<String> holding = holding(row, facts);
        if (holding.contains(row.finding())) {
            return row.finding();
        }
        for (String id : row.references()) {
            if (holding.contains(id)) {
                return id;
            }
        }
        return row.finding();
    }

    /** The recorded findings that make the row's condition hold. */
    private static Set<String> holding(LikelihoodRow row, Facts facts) {
        Set<String> out = new HashSet<>();
        row.when().explain(facts, out);
        out.removeIf(id -> facts.value(id) == null);
        return out;
    }
}
