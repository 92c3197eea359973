package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.LikelihoodRow;

/**
 * What a likelihood-ratio row that holds rests on, as recorded. A row is filed under one finding, but its
 * condition may hold on others (pain below the buttocks holds on the back or side of the thigh or below the
 * knee), and the finding it is filed under may never have been asked. Only recorded findings are ever named.
 *
 * @param findings the recorded findings the row is shown by, in the row's order: for a validated cluster every
 *                 recorded member (its count is read over all of them); for any other row those that make it hold
 * @param values   the recorded value of each of {@code findings}, in the same order
 * @param heldBy   the recorded finding the row is named by: the one it is filed under when that helped it hold,
 *                 else the first recorded finding, in the row's order, that did; the filed one only when nothing
 *                 recorded explains it
 */
record RowSupport(List<String> findings, List<FindingValue> values, String heldBy) {

    /** What {@code row}, which holds for {@code facts}, rests on; its condition is explained once. */
    static RowSupport of(LikelihoodRow row, Facts facts) {
        Set<String> holding = new HashSet<>();
        row.when().explain(facts, holding);
        holding.removeIf(id -> facts.value(id) == null);
        List<String> findings = new ArrayList<>();
        List<FindingValue> values = new ArrayList<>();
        String firstHolding = null;
        for (String id : row.references()) {
            FindingValue value = facts.value(id);
            if (value != null && (row.cluster() || holding.contains(id))) {
                findings.add(id);
                values.add(value);
            }
            if (firstHolding == null && holding.contains(id)) {
                firstHolding = id;
            }
        }
        String heldBy = holding.contains(row.finding()) || firstHolding == null ? row.finding() : firstHolding;
        return new RowSupport(List.copyOf(findings), List.copyOf(values), heldBy);
    }

    /** Only the findings of {@code row} as {@link #findings} gives them, for a row that counts in another's place. */
    static List<String> findings(LikelihoodRow row, Facts facts) {
        return of(row, facts).findings();
    }
}
